package uk.gov.local.sectorsupport.report;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;

/** Which councils a figure counts: as they were when the support happened, or today's councils covering them. */
public enum CouncilCounting implements CodedEnum {
    @JsonProperty("as-at") AS_AT("as-at", "Councils as they were in the financial year"),
    @JsonProperty("current") CURRENT("current", "Today's councils: support to a council since reorganised counts "
            + "for its successors");

    private final String code;
    private final String label;

    CouncilCounting(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Council code → the council(s) it is counted as. */
    String mapping() {
        return this == AS_AT ? "(select gss_code as gss, gss_code as counted from council)"
                : "(select gss_code as gss, today_gss_code as counted from council_today)";
    }

    /** SQL: the council in {@code councilColumn}, counted this way, is in the region bound at {@code parameter}. */
    String inRegion(String councilColumn, String parameter) {
        return "exists (select 1 from " + mapping() + " m join council rc on rc.gss_code = m.counted where m.gss = "
                + councilColumn + " and rc.region = " + parameter + ")";
    }
}
