package ru.perechen.workflow;

import java.util.List;
import ru.perechen.catalog.StaffMember;

/** A step of a request's route as it stands now: who may decide, who did. */
public record RouteStep(ApprovalStep step, State state, List<SeatState> seats) {

    public enum State { DONE, CURRENT, PENDING }

    /**
     * @param candidates  who may approve the seat (the initiator and anyone who approved another step are left out)
     * @param substitutes substitutes appointed today for the seat's approvers, who may decide for them
     * @param approval    the approval that filled the seat in the current round, or null
     */
    public record SeatState(String key, String unitName, List<StaffMember> candidates, List<Substitution> substitutes,
                            Decision approval) {

        public boolean mayDecide(String subject) {
            return candidates.stream().anyMatch(c -> c.subject().equals(subject))
                    || substitutes.stream().anyMatch(s -> s.substitute().subject().equals(subject));
        }
    }
}
