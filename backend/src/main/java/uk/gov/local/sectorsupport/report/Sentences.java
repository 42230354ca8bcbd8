package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.metric.MetricUnit;

/**
 * A figure's sentence in the published reports' style: whole numbers with thousands separators ("1,030"),
 * percentages to the nearest whole number written "per cent" (one decimal place where rounding would say 0 or 100
 * of something that is not), savings as "c. £1.5 million", and a percentage of fewer than ten written as the
 * count itself ("4 of the 6 councils …"), since a percentage of so few says more than it knows.
 */
final class Sentences {

    static final int SMALL_BASE = 10;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private Sentences() {
    }

    /** The sentence, or null when there is no figure to state. */
    static String render(String template, MetricUnit unit, FigureValue figure, FigureValue previous,
            FinancialYear year, boolean isChange) {
        if (figure.value() == null) {
            return null;
        }
        String text = template;
        boolean percentage = unit == MetricUnit.PER_CENT && !isChange;
        if (percentage && figure.denominator() != null && figure.denominator().intValue() < SMALL_BASE) {
            text = text.replace("{value} of ", "{numerator} of the {denominator} ");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = switch (matcher.group(1)) {
                case "value" -> percentage ? perCent(figure.value()) : whole(figure.value());
                case "numerator" -> whole(figure.numerator());
                case "denominator" -> whole(figure.denominator());
                case "saving" -> saving(figure.saving());
                case "change" -> change(figure.value(), unit);
                case "previousValue" -> previous == null || previous.value() == null ? "none"
                        : percentage ? perCent(previous.value()) : whole(previous.value());
                case "financialYear" -> year.toString();
                default -> matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        matcher.appendTail(out);
        String sentence = out.toString().strip();
        return sentence.isEmpty() ? null : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String whole(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return NumberFormat.getIntegerInstance(Locale.UK).format(value.setScale(0, RoundingMode.HALF_UP));
    }

    static String perCent(BigDecimal value) {
        BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
        boolean misleading = (rounded.intValue() == 100 && value.compareTo(BigDecimal.valueOf(100)) < 0)
                || (rounded.signum() == 0 && value.signum() > 0);
        return (misleading ? value.setScale(1, RoundingMode.HALF_UP).toPlainString() : rounded.toPlainString())
                + " per cent";
    }

    static String saving(BigDecimal pounds) {
        if (pounds == null) {
            return null;
        }
        if (pounds.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            BigDecimal millions = pounds.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return "c. £" + millions.toPlainString() + " million";
        }
        if (pounds.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            BigDecimal thousands = pounds.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(10_000));
            return "c. £" + whole(thousands);
        }
        return "£" + whole(pounds);
    }

    static String change(BigDecimal difference, MetricUnit unit) {
        if (difference.signum() == 0) {
            return "no change";
        }
        String amount = unit == MetricUnit.PER_CENT
                ? difference.abs().setScale(0, RoundingMode.HALF_UP).toPlainString() + " percentage points"
                : whole(difference.abs());
        return (difference.signum() > 0 ? "up " : "down ") + amount;
    }
}
