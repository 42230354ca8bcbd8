package uk.gov.local.sectorsupport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** ~400 fictitious peers from small name lists; half member peers. Deterministic for a given Random. */
final class DemoPeers {

    static final int SIZE = 400;

    private static final String[] FIRST = { "Alex", "Sam", "Jo", "Chris", "Priya", "Mohammed", "Sarah", "David",
            "Helen", "James", "Fatima", "Peter", "Rachel", "Andrew", "Amina", "Mark", "Claire", "Imran", "Susan",
            "Paul", "Louise", "Richard", "Kate", "Daniel", "Emma", "Tom", "Grace", "Oliver", "Nadia", "Simon" };
    private static final String[] LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Khan", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Hill", "Moore", "Ahmed", "Begum",
            "Turner", "Cooper" };
    private static final String[] MEMBER_ROLES = { "Leader of the Council", "Deputy Leader", "Cabinet Member for Finance",
            "Cabinet Member for Resources", "Leader of the Opposition", "Chair of Overview and Scrutiny" };
    private static final String[] OFFICER_ROLES = { "Chief Executive", "Director of Finance", "Director of Place",
            "Monitoring Officer", "Director of Adult Social Services", "Director of Children's Services",
            "Head of Policy and Performance", "Director of Resources" };

    private DemoPeers() {
    }

    static List<DemoData.PeerRow> generate(Random random, List<String> homeCouncils, LocalDate today) {
        List<DemoData.PeerRow> peers = new ArrayList<>();
        for (int i = 1; i <= SIZE; i++) {
            boolean member = i % 2 == 1;
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            LocalDate accredited = random.nextDouble() < 0.85
                    ? between(random, LocalDate.of(2012, 1, 1), today.minusMonths(1)) : null;
            peers.add(new DemoData.PeerRow(i, member ? "member" : "officer", (member ? "Cllr " : "") + first + " " + last,
                    (first + "." + last + i + "@example.org").toLowerCase(),
                    String.format("01632 960%03d", i % 1000),
                    member ? MEMBER_ROLES[random.nextInt(MEMBER_ROLES.length)]
                            : OFFICER_ROLES[random.nextInt(OFFICER_ROLES.length)],
                    member ? pick(random, new String[] { "conservative", "labour", "liberal-democrat", "independent",
                            "green" }, new int[] { 35, 35, 15, 10, 5 }) : null,
                    homeCouncils.get(random.nextInt(homeCouncils.size())), accredited, random.nextDouble() < 0.92,
                    pick(random, new String[] { "female", "male", "prefer-not-to-say", null },
                            member ? new int[] { 40, 50, 4, 6 } : new int[] { 50, 42, 4, 4 }),
                    pick(random, new String[] { "white", "asian", "black", "mixed", "other", "prefer-not-to-say", null },
                            new int[] { 78, 8, 4, 3, 1, 3, 3 })));
        }
        return peers;
    }

    static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    static String pick(Random random, String[] values, int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights");
    }
}
