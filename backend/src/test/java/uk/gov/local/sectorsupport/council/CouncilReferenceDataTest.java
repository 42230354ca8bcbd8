package uk.gov.local.sectorsupport.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;

/**
 * The loaded register against published figures: 317 current English principal councils in 2024/25
 * (21 county, 164 district, 63 unitary incl. Isles of Scilly, 36 metropolitan, 32 London boroughs, City of London).
 */
@QuarkusTest
class CouncilReferenceDataTest {

    @Test
    @Transactional
    void shouldHoldThe317CurrentEnglishPrincipalCouncils() {
        Map<String, Long> currentByType = new TreeMap<>();
        Council.<Council>list("endDate is null").stream()
                .filter(council -> council.type.principal())
                .forEach(council -> currentByType.merge(council.type.code(), 1L, Long::sum));

        assertEquals(Map.of("city-corporation", 1L, "county", 21L, "district", 164L, "london-borough", 32L,
                "metropolitan-district", 36L, "unitary", 63L), currentByType);
        assertEquals(317L, currentByType.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    @Transactional
    void shouldHoldTheCouncilsAbolishedSince2012WithTheirSuccessors() {
        assertEquals(50L, Council.count("endDate is not null"));
        assertEquals(0L, Council.count("endDate is not null and size(successors) = 0"),
                "every abolished council names its successor");
        assertEquals(17L, Council.count("type", CouncilType.COMBINED_AUTHORITY));
    }
}
