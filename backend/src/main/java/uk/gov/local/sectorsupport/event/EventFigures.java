package uk.gov.local.sectorsupport.event;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** The figures computed from an event's attendances, two queries for a whole page of events. */
@ApplicationScoped
public class EventFigures {

    @Inject
    EntityManager em;

    /** Booked, attended and councils represented for one event. */
    record Counts(long booked, Map<ParticipantRole, Long> attendedByRole, long councilsRepresented) {

        static final Counts NONE = new Counts(0, Map.of(), 0);

        long attended() {
            return attendedByRole.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Map<Long, Counts> counts(Collection<Long> eventIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        Set<Long> ids = Set.copyOf(eventIds);
        Map<Long, Long> booked = new HashMap<>();
        Map<Long, Map<ParticipantRole, Long>> attended = new HashMap<>();
        em.createQuery("""
                select a.event.id, a.attendeeRole, a.attended, count(a) from Attendance a
                where a.event.id in :ids group by a.event.id, a.attendeeRole, a.attended""", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    Long event = (Long) row[0];
                    long n = (Long) row[3];
                    booked.merge(event, n, Long::sum);
                    if ((Boolean) row[2]) {
                        attended.computeIfAbsent(event, e -> new EnumMap<>(ParticipantRole.class))
                                .merge((ParticipantRole) row[1], n, Long::sum);
                    }
                });
        Map<Long, Long> councils = new HashMap<>();
        em.createQuery("""
                select a.event.id, count(distinct a.council.gssCode) from Attendance a
                where a.event.id in :ids and a.attended = true group by a.event.id""", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> councils.put((Long) row[0], (Long) row[1]));
        for (Long id : ids) {
            counts.put(id, new Counts(booked.getOrDefault(id, 0L), attended.getOrDefault(id, Map.of()),
                    councils.getOrDefault(id, 0L)));
        }
        return counts;
    }

    List<EventView> views(List<Event> events) {
        Map<Long, Counts> counts = counts(events.stream().map(e -> e.id).toList());
        return events.stream().map(e -> view(e, counts.getOrDefault(e.id, Counts.NONE))).toList();
    }

    EventView view(Event event) {
        return views(List.of(event)).getFirst();
    }

    private static EventView view(Event e, Counts counts) {
        List<EventView.RoleCount> byRole = Arrays.stream(ParticipantRole.values())
                .map(role -> new EventView.RoleCount(role, role.label(), counts.attendedByRole().getOrDefault(role, 0L)))
                .toList();
        return new EventView(e.id, ProgrammeRef.from(e.programme), e.title, e.type, e.type.label(), e.format,
                e.format.label(), e.startDate, e.endDate, e.financialYear().toString(), e.region, e.venue, e.capacity,
                OrganisationRef.from(e.organisation), e.externalId, counts.booked(), counts.attended(),
                counts.councilsRepresented(), byRole, e.capacity == null ? null : counts.booked() > e.capacity,
                e.version, e.updatedAt);
    }
}
