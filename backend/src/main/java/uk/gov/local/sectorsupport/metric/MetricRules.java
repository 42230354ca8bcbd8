package uk.gov.local.sectorsupport.metric;

import static uk.gov.local.sectorsupport.metric.Activity.ATTENDANCE;
import static uk.gov.local.sectorsupport.metric.Activity.ENROLMENT;
import static uk.gov.local.sectorsupport.metric.Activity.EVENT;
import static uk.gov.local.sectorsupport.metric.Activity.PARTICIPATION;
import static uk.gov.local.sectorsupport.metric.Activity.PEER_CHALLENGE;
import static uk.gov.local.sectorsupport.metric.Activity.SUPPORT_ENGAGEMENT;
import static uk.gov.local.sectorsupport.metric.Activity.SURVEY_RESPONSE;
import static uk.gov.local.sectorsupport.metric.Activity.TEAM_MEMBER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.local.sectorsupport.cohort.Disability;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.engagement.EngagementType;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.peerchallenge.TeamRole;
import uk.gov.local.sectorsupport.programme.Theme;
import uk.gov.local.sectorsupport.survey.SurveySubjectType;

/** What makes a metric's definition well-formed for its kind: a 400 naming each field that is not. */
final class MetricRules {

    static final Set<String> QUESTIONS = Set.of("satisfaction", "positive-impact", "increased-confidence",
            "would-recommend");
    static final Set<String> CONDITIONS = Set.of("published-within-5-months", "first-cpc");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "sex", codes(Sex.class), "ethnic-group", codes(EthnicGroup.class), "disability", codes(Disability.class));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("value", "numerator", "denominator", "saving", "change",
            "previousValue", "financialYear");

    /** The activities each kind can count over. */
    private static final Map<MetricKind, Set<Activity>> ACTIVITIES = Map.of(
            MetricKind.COUNCILS_ENGAGED, EnumSet.complementOf(EnumSet.of(EVENT)),
            MetricKind.RECORD_COUNT, EnumSet.allOf(Activity.class),
            MetricKind.DISTINCT_PARTICIPANTS, EnumSet.of(ATTENDANCE, ENROLMENT, PARTICIPATION, TEAM_MEMBER),
            MetricKind.DAYS_SUM, EnumSet.of(TEAM_MEMBER, SUPPORT_ENGAGEMENT),
            MetricKind.SURVEY_PERCENTAGE, EnumSet.of(SURVEY_RESPONSE),
            MetricKind.PEER_CHALLENGE_PERCENTAGE, EnumSet.of(PEER_CHALLENGE),
            MetricKind.ATTRIBUTE_SHARE, EnumSet.of(TEAM_MEMBER, ENROLMENT));

    private MetricRules() {
    }

    /**
     * @param programmes the programme ids that exist
     * @param kindOf     a metric's kind by key (for change-on-previous-year's base), null if there is none
     */
    static List<FieldError> check(String key, MetricUpdate metric, Collection<String> programmes,
            Function<String, MetricKind> kindOf) {
        List<FieldError> errors = new ArrayList<>();
        MetricDefinition d = metric.definition();
        MetricKind kind = metric.kind();
        if (kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
            if (d.baseMetric() == null) {
                errors.add(new FieldError("definition.baseMetric", "is needed for a change on the previous year"));
            } else if (d.baseMetric().equals(key)) {
                errors.add(new FieldError("definition.baseMetric", "must be another metric"));
            } else if (kindOf.apply(d.baseMetric()) == null) {
                errors.add(new FieldError("definition.baseMetric", "there is no metric " + d.baseMetric()));
            } else if (kindOf.apply(d.baseMetric()) == MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
                errors.add(new FieldError("definition.baseMetric", "must not itself be a change on the previous year"));
            }
            if (d.activity() != null) {
                errors.add(new FieldError("definition.activity", "is the base metric's; leave it out"));
            }
        } else {
            if (d.baseMetric() != null) {
                errors.add(new FieldError("definition.baseMetric", "applies only to change-on-previous-year"));
            }
            if (d.activity() == null) {
                errors.add(new FieldError("definition.activity", "is needed"));
            } else if (!ACTIVITIES.get(kind).contains(d.activity())) {
                errors.add(new FieldError("definition.activity", kind.code() + " counts over one of: "
                        + ACTIVITIES.get(kind).stream().map(Activity::code).sorted().toList()));
            }
            MetricUnit expected = switch (kind) {
                case COUNCILS_ENGAGED -> MetricUnit.COUNCILS;
                case RECORD_COUNT -> MetricUnit.RECORDS;
                case DISTINCT_PARTICIPANTS -> MetricUnit.PEOPLE;
                case DAYS_SUM -> MetricUnit.DAYS;
                default -> MetricUnit.PER_CENT;
            };
            if (metric.unit() != expected) {
                errors.add(new FieldError("unit", "must be " + expected.code() + " for " + kind.code()));
            }
        }
        checkCodes(errors, "definition.programmes", d.programmes(), Set.copyOf(programmes));
        if (d.theme() != null && !codes(Theme.class).contains(d.theme())) {
            errors.add(new FieldError("definition.theme", "must be one of: " + CodedEnum.allowedCodes(Theme.class)));
        }
        checkCodes(errors, "definition.peerChallengeTypes", d.peerChallengeTypes(), codes(PeerChallengeType.class));
        checkCodes(errors, "definition.teamRoles", d.teamRoles(), codes(TeamRole.class));
        checkCodes(errors, "definition.roles", d.roles(), codes(ParticipantRole.class));
        checkCodes(errors, "definition.engagementTypes", d.engagementTypes(), codes(EngagementType.class));
        checkCodes(errors, "definition.surveySubjects", d.surveySubjects(), codes(SurveySubjectType.class));
        checkSurvey(errors, kind, d);
        if (d.condition() != null && !CONDITIONS.contains(d.condition())) {
            errors.add(new FieldError("definition.condition", "must be one of: " + String.join(", ", CONDITIONS)));
        } else if (d.condition() != null && d.activity() != PEER_CHALLENGE) {
            errors.add(new FieldError("definition.condition", "applies only to peer challenges"));
        } else if (kind == MetricKind.PEER_CHALLENGE_PERCENTAGE && d.condition() == null) {
            errors.add(new FieldError("definition.condition", "is needed: the condition the percentage counts"));
        }
        if (kind == MetricKind.ATTRIBUTE_SHARE) {
            Set<String> values = d.attribute() == null ? null : ATTRIBUTES.get(d.attribute());
            if (values == null) {
                errors.add(new FieldError("definition.attribute", "must be one of: sex, ethnic-group, disability"));
            } else if (d.attributeValue() == null || !values.contains(d.attributeValue())) {
                errors.add(new FieldError("definition.attributeValue", "must be one of: " + String.join(", ",
                        values.stream().sorted().toList())));
            } else if ("disability".equals(d.attribute()) && d.activity() == TEAM_MEMBER) {
                errors.add(new FieldError("definition.attribute", "peers record no disability"));
            }
        } else if (d.attribute() != null || d.attributeValue() != null) {
            errors.add(new FieldError("definition.attribute", "applies only to attribute-share"));
        }
        if (d.ratePerDay() != null && (kind != MetricKind.DAYS_SUM || d.ratePerDay().signum() < 0)) {
            errors.add(new FieldError("definition.ratePerDay", "applies only to days-sum, and must not be negative"));
        }
        checkSentence(errors, kind, metric.sentence());
        return errors;
    }

    private static void checkSurvey(List<FieldError> errors, MetricKind kind, MetricDefinition d) {
        if (kind != MetricKind.SURVEY_PERCENTAGE) {
            if (d.question() != null || (d.answers() != null && !d.answers().isEmpty())) {
                errors.add(new FieldError("definition.question", "applies only to survey-percentage"));
            }
            return;
        }
        if (d.question() == null || !QUESTIONS.contains(d.question())) {
            errors.add(new FieldError("definition.question", "must be one of: " + String.join(", ",
                    QUESTIONS.stream().sorted().toList())));
            return;
        }
        Set<String> allowed = d.question().equals("satisfaction") ? Set.of("1", "2", "3", "4", "5")
                : Set.of("yes", "no");
        if (d.answers() == null || d.answers().isEmpty()) {
            errors.add(new FieldError("definition.answers", "is needed: the answers that count"));
        } else {
            checkCodes(errors, "definition.answers", d.answers(), allowed);
        }
    }

    private static void checkSentence(List<FieldError> errors, MetricKind kind, String sentence) {
        if (sentence == null) {
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        boolean hasFigure = false;
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                errors.add(new FieldError("sentence", "has an unknown placeholder {" + name + "}; known: "
                        + String.join(", ", PLACEHOLDERS.stream().sorted().toList())));
            }
            hasFigure |= name.equals(kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR ? "change" : "value");
        }
        if (!hasFigure) {
            errors.add(new FieldError("sentence", "must contain "
                    + (kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR ? "{change}" : "{value}")));
        }
    }

    private static void checkCodes(List<FieldError> errors, String field, List<String> given, Set<String> allowed) {
        if (given == null) {
            return;
        }
        List<String> unknown = given.stream().filter(code -> code == null || !allowed.contains(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "unknown: " + unknown + "; allowed: "
                    + String.join(", ", allowed.stream().sorted().toList())));
        }
    }

    private static <E extends Enum<E> & CodedEnum> Set<String> codes(Class<E> type) {
        return Set.copyOf(Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList());
    }
}
