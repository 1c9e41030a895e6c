package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chancery.ontology.PloverType;

/**
 * Scores on the PLOVER gold-standard sentences.
 *
 * @param aliases provenance of the code alias table used (file, version, sha256)
 */
public record GsrReport(int sentences, int typeFound, int firstTypeCorrect, int typeAndActors, int noOutput,
                        List<GsrTypeRow> perType, List<GsrSentenceResult> results, String aliases, List<String> notes) {
    public GsrReport {
        perType = List.copyOf(perType);
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** Totals and the per-type table from the sentence results (types in enum order). */
    public static GsrReport of(List<GsrSentenceResult> results, String aliases, List<String> notes) {
        Map<PloverType, int[]> rows = new EnumMap<>(PloverType.class);
        int type = 0;
        int first = 0;
        int actors = 0;
        int none = 0;
        for (GsrSentenceResult r : results) {
            int[] row = rows.computeIfAbsent(r.goldType(), t -> new int[5]);
            row[0]++;
            if (r.typeFound()) {
                row[1]++;
                type++;
            }
            if (r.firstTypeCorrect()) {
                row[2]++;
                first++;
            }
            if (r.typeAndActors()) {
                row[3]++;
                actors++;
            }
            if (r.noOutput()) {
                row[4]++;
                none++;
            }
        }
        List<GsrTypeRow> table = rows.entrySet().stream()
                .map(e -> new GsrTypeRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .toList();
        return new GsrReport(results.size(), type, first, actors, none, table, results, aliases, notes);
    }

    @JsonProperty("typeAccuracy")
    public Double typeAccuracy() {
        return Ratio.of(typeFound, sentences);
    }

    @JsonProperty("firstTypeAccuracy")
    public Double firstTypeAccuracy() {
        return Ratio.of(firstTypeCorrect, sentences);
    }

    @JsonProperty("typeActorsAccuracy")
    public Double typeActorsAccuracy() {
        return Ratio.of(typeAndActors, sentences);
    }

    @JsonProperty("noOutputRate")
    public Double noOutputRate() {
        return Ratio.of(noOutput, sentences);
    }
}
