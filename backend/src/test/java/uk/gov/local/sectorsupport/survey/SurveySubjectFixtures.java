package uk.gov.local.sectorsupport.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.engagement.EngagementType;
import uk.gov.local.sectorsupport.engagement.SupportEngagement;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.event.EventFormat;
import uk.gov.local.sectorsupport.event.EventType;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallenge;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeStatus;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.programme.Programme;

/**
 * Subjects for survey responses, written straight through the entities in their own transaction (the events,
 * cohorts and engagements APIs belong to other features). Each call makes a new subject; ids are returned.
 */
final class SurveySubjectFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SurveySubjectFixtures() {
    }

    /** An event of the programme, owned by the programme's delivering organisation. */
    static long event(String programme, String title, LocalDate start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = new Event();
            event.programme = Programme.findById(programme);
            event.title = title + " " + SEQUENCE.incrementAndGet();
            event.type = EventType.MASTERCLASS;
            event.format = EventFormat.ONLINE;
            event.startDate = start;
            event.endDate = start;
            event.organisation = event.programme.deliveringOrganisation;
            event.persist();
            return event.id;
        });
    }

    static long cohort(String programme, String name, LocalDate start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Cohort cohort = new Cohort();
            cohort.programme = Programme.findById(programme);
            cohort.name = name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
            cohort.financialYear = start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
            cohort.startDate = start;
            cohort.organisation = cohort.programme.deliveringOrganisation;
            cohort.persist();
            return cohort.id;
        });
    }

    static long engagement(String programme, EngagementType type, String council, LocalDate start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SupportEngagement engagement = new SupportEngagement();
            engagement.programme = Programme.findById(programme);
            engagement.council = Council.findById(council);
            engagement.type = type;
            engagement.startDate = start;
            engagement.daysDelivered = BigDecimal.ZERO;
            engagement.organisation = engagement.programme.deliveringOrganisation;
            engagement.persist();
            return engagement.id;
        });
    }

    static long peerChallenge(PeerChallengeType type, String council, LocalDate requested) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PeerChallenge challenge = new PeerChallenge();
            challenge.type = type;
            challenge.council = Council.findById(council);
            challenge.status = PeerChallengeStatus.REQUESTED;
            challenge.requestedDate = requested;
            challenge.persist();
            return challenge.id;
        });
    }
}
