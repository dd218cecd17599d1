package rapport.kpi.evidence;

import java.util.List;

/** One file of the ZIP evidence pack and the assessment criteria it evidences. */
record ManifestItem(String file, String mediaType, String description, List<String> criteria) {
}
