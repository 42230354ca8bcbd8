package uk.gov.local.sectorsupport.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import uk.gov.local.sectorsupport.common.CodedEnum;

/** Turns raw counts into a disclosure-safe breakdown: small counts suppressed, with secondary suppression. */
final class DiversityCounts {

    static final int THRESHOLD = 5;
    static final String NOT_RECORDED = "not-recorded";
    static final String NOT_RECORDED_LABEL = "Not recorded";

    private DiversityCounts() {
    }

    /** One row per code of {@code type} plus `not-recorded` (counted under the null key), in that order. */
    static <E extends Enum<E> & CodedEnum> List<DiversityCount> breakdown(Class<E> type, Map<E, Long> counts) {
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            codes.add(constant.code());
            labels.add(constant.label());
            values.add(counts.getOrDefault(constant, 0L));
        }
        codes.add(NOT_RECORDED);
        labels.add(NOT_RECORDED_LABEL);
        values.add(counts.getOrDefault(null, 0L));
        boolean[] suppressed = suppress(values.stream().mapToLong(Long::longValue).toArray());
        return IntStream.range(0, codes.size())
                .mapToObj(i -> new DiversityCount(codes.get(i), labels.get(i),
                        suppressed[i] ? null : values.get(i).intValue(), suppressed[i]))
                .toList();
    }

    /**
     * Which counts to withhold: every count under the threshold, and when that is exactly one of them, also the
     * smallest of the rest (the first, on a tie), so the one cannot be recovered from the total.
     */
    static boolean[] suppress(long[] counts) {
        boolean[] suppressed = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            suppressed[i] = counts[i] < THRESHOLD;
        }
        long primary = IntStream.range(0, counts.length).filter(i -> suppressed[i]).count();
        if (primary == 1) {
            IntStream.range(0, counts.length).filter(i -> !suppressed[i]).boxed()
                    .min(Comparator.<Integer>comparingLong(i -> counts[i]).thenComparing(Comparator.naturalOrder()))
                    .ifPresent(i -> suppressed[i] = true);
        }
        return suppressed;
    }
}
