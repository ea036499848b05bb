package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.tabular.Encoding;
import java.util.List;
import java.util.Map;

/**
 * Everything the plan needs from the input files, in compact arrays: firms by index, their (firm, category) pairs
 * contiguous by firm ({@code firstPair[f]} to {@code firstPair[f + 1]}), and what the history and signals say
 * about each, already reduced to the flags the rules read.
 */
record PlanInput(Catalogue catalogue, Firms firms, int[] pairFirm, int[] pairCategory, byte[] pairFlags, byte[] firmSignals,
                 boolean[] categoryCheckedThisPeriod, int[] categoryBatchesLastYear, int[] categoryFailsLastYear,
                 List<Inspector> inspectors, Map<String, String> fileDigests, String inputDigest,
                 Map<String, Encoding> encodings) {

    static final byte RECENT_NATIONAL = 1;
    static final byte RECENT_MUNICIPAL = 2;
    static final byte RECENT_DISTRICT = 4;
    static final byte FAILED_TRACKING = 8;

    static final byte COMPLAINT = 1;
    static final byte PENALTY = 2;
    static final byte RECALL = 4;

    record Firms(int size, String[] uscc, String[] name, String[] district, CreditRisk[] credit,
                 boolean[] reachable, int[] firstPair) {
    }

    record Inspector(String id, String name, String district) {
    }

    int pairs() {
        return pairCategory.length;
    }
}
