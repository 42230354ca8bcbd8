package uk.gov.local.sectorsupport.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.local.sectorsupport.peer.Sex;

class DiversityCountsTest {

    @Test
    void shouldSuppressEveryCountUnderFiveIncludingZero() {
        assertArrayEquals(new boolean[] { false, true, true, false }, DiversityCounts.suppress(new long[] { 5, 4, 0, 12 }));
    }

    @Test
    void shouldAlsoSuppressTheNextSmallestWhenOnlyOneCountIsSmall() {
        // 3 alone could be recovered from the total, so the smallest of the rest (7) goes too.
        assertArrayEquals(new boolean[] { false, true, true, false },
                DiversityCounts.suppress(new long[] { 20, 7, 3, 9 }));
        // On a tie, the first.
        assertArrayEquals(new boolean[] { true, false, true }, DiversityCounts.suppress(new long[] { 6, 6, 1 }));
    }

    @Test
    void shouldShowEverythingWhenNoCountIsSmall() {
        assertArrayEquals(new boolean[] { false, false, false }, DiversityCounts.suppress(new long[] { 5, 6, 100 }));
    }

    @Test
    void shouldListEveryAnswerThenNotRecordedWithCountsOnlyWhereShown() {
        Map<Sex, Long> counts = new HashMap<>();
        counts.put(Sex.FEMALE, 9L);
        counts.put(Sex.MALE, 6L);
        counts.put(null, 5L);
        List<DiversityCount> breakdown = DiversityCounts.breakdown(Sex.class, counts);

        assertEquals(List.of(
                new DiversityCount("female", "Female", 9, false),
                new DiversityCount("male", "Male", 6, false),
                new DiversityCount("prefer-not-to-say", "Prefer not to say", null, true),
                // The only small count is 0, so the next smallest (5) is suppressed too.
                new DiversityCount("not-recorded", "Not recorded", null, true)), breakdown);
    }
}
