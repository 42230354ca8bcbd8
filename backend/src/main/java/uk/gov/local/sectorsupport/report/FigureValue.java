package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;

/** A metric's value for one year: null when there is no figure (a percentage of nothing). */
record FigureValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal saving) {

    static final FigureValue NONE = new FigureValue(null, null, null, null);
}
