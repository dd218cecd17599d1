package rapport.demo.load;

import java.time.LocalDate;

/** An improvement action of the placement as kpi-service evaluated it: its verdict and plain-words summary. */
public record Evaluation(String title, String targetKpi, LocalDate dateInPlace, String verdict, String summary) {
}
