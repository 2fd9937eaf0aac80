package ru.perechen.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.perechen.catalog.StaffMember;

/**
 * Segregation of duties on a request, in one place: nobody decides a request they initiated, directly
 * or for someone; nobody decides two steps of one request in any capacity (in their own name, or as a
 * substitute for someone, or by someone standing in for them). The route shows only the people these
 * rules leave, and a request is not submitted into a route some seat of which nobody could fill.
 */
final class Duties {

    private Duties() {
    }

    /** Whether {@code subject} may decide a seat of {@code step} in their own name. */
    static boolean mayDecide(ChangeRequest request, String subject, int step) {
        return !request.initiatorId().equals(subject) && request.decisions().stream()
                .noneMatch(d -> d.kind() == DecisionKind.APPROVED && d.step() != step && d.takenInTheNameOf(subject));
    }

    /** Whether an appointed substitute may decide for the absent person: both must be free to decide the step. */
    static boolean mayStandIn(ChangeRequest request, Substitution substitution, int step) {
        String absent = substitution.absent().subject();
        return mayDecide(request, substitution.substitute().subject(), step) && mayDecide(request, absent, step)
                && !approvedAt(request, absent, step);
    }

    /** Whether {@code subject} already filled a seat of this step in this round, in any capacity. */
    static boolean alreadyApproved(ChangeRequest request, String subject) {
        return approvedAt(request, subject, request.currentStep());
    }

    private static boolean approvedAt(ChangeRequest request, String subject, int step) {
        return request.decisions().stream().anyMatch(d -> d.round() == request.round() && d.step() == step
                && d.kind() == DecisionKind.APPROVED && d.takenInTheNameOf(subject));
    }

    /**
     * The first step of the route with a seat that no one can fill once every other open seat has
     * its own person (one person, one seat: a matching of open seats to the people who may decide them).
     */
    static Optional<RouteStep> undecidable(ChangeRequest request, List<RouteStep> route) {
        Set<String> used = new LinkedHashSet<>();
        request.decisions().stream().filter(d -> d.round() == request.round() && d.kind() == DecisionKind.APPROVED)
                .forEach(d -> {
                    used.add(d.actorId());
                    used.addAll(d.onBehalfOfIds());
                });
        List<RouteStep> owners = new ArrayList<>();
        List<List<String>> options = new ArrayList<>();
        for (RouteStep step : route) {
            if (step.state() == RouteStep.State.DONE) {
                continue;
            }
            for (RouteStep.SeatState seat : step.seats()) {
                if (seat.approval() != null) {
                    continue;
                }
                Set<String> who = new LinkedHashSet<>();
                // a stand-in adds no one: standing in needs the absent person free as well, and uses them up
                seat.candidates().stream().map(StaffMember::subject).forEach(who::add);
                who.removeAll(used);
                owners.add(step);
                options.add(List.copyOf(who));
            }
        }
        Map<String, Integer> holder = new HashMap<>();
        for (int seat = 0; seat < options.size(); seat++) {
            if (!assign(seat, options, holder, new LinkedHashSet<>())) {
                return Optional.of(owners.get(seat));
            }
        }
        return Optional.empty();
    }

    /** Kuhn's augmenting path: gives the seat a person, moving earlier seats to others where needed. */
    private static boolean assign(int seat, List<List<String>> options, Map<String, Integer> holder, Set<String> visited) {
        for (String person : options.get(seat)) {
            if (!visited.add(person)) {
                continue;
            }
            Integer current = holder.get(person);
            if (current == null || assign(current, options, holder, visited)) {
                holder.put(person, seat);
                return true;
            }
        }
        return false;
    }
}
