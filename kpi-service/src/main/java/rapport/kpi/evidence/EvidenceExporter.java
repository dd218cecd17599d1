package rapport.kpi.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.Period;
import rapport.web.ProblemException;

/** Produces an evidence pack in the asked format. */
@ApplicationScoped
public class EvidenceExporter {

    public record Export(byte[] body, String mediaType, String fileName) {
    }

    @Inject
    EvidenceService evidence;

    @Inject
    PdfReport pdf;

    @Inject
    ObjectMapper mapper;

    public Export export(String teamId, Period period, KpiFilter filter, EvidenceFormat format, String table) {
        String name = "evidence-" + teamId + "-" + period.from() + "-" + period.to();
        return switch (format) {
            case PDF -> new Export(pdf.render(evidence.pack(teamId, period, filter)), format.mediaType, name + ".pdf");
            case JSON -> new Export(json(evidence.pack(teamId, period, filter)), format.mediaType, name + ".json");
            case CSV -> new Export(utf8(csv(teamId, period, filter, table == null ? "series" : table)),
                    "text/csv; charset=UTF-8", name + "-" + (table == null ? "series" : table) + ".csv");
            case ZIP -> new Export(zip(teamId, period, filter), format.mediaType, name + ".zip");
        };
    }

    private String csv(String teamId, Period period, KpiFilter filter, String table) {
        return switch (table.toLowerCase(Locale.ROOT)) {
            case "series" -> CsvExport.series(evidence.pack(teamId, period, filter).series());
            case "kpis" -> CsvExport.kpis(evidence.pack(teamId, period, filter).kpis());
            case "cases" -> CsvExport.cases(evidence.cases(teamId, period, filter));
            case "responses" -> CsvExport.responses(evidence.responses(teamId, period, filter));
            default -> throw ProblemException.invalidField("table", "must be series, kpis, cases or responses");
        };
    }

    private byte[] zip(String teamId, Period period, KpiFilter filter) {
        EvidencePack pack = evidence.pack(teamId, period, filter);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, Manifest.PDF, pdf.render(pack));
            entry(zip, Manifest.JSON, json(pack));
            entry(zip, Manifest.KPIS, utf8(CsvExport.kpis(pack.kpis())));
            entry(zip, Manifest.SERIES, utf8(CsvExport.series(pack.series())));
            entry(zip, Manifest.CASES, utf8(CsvExport.cases(evidence.cases(teamId, period, filter))));
            entry(zip, Manifest.RESPONSES, utf8(CsvExport.responses(evidence.responses(teamId, period, filter))));
            entry(zip, "manifest.json", json(Manifest.of(pack)));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
