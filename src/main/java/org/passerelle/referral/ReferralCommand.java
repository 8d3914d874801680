package org.passerelle.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.common.text.Coded;

/**
 * The commands that move a referral, each allowed from some states to one side only (the table of
 * docs/decisions/0015-referral-cases.md). Anything else is a 409 naming the current state and the
 * verbs allowed there.
 */
public enum ReferralCommand implements Coded {
    SEND("send", Side.DESK, EnumSet.of(ReferralStatus.DRAFT), ReferralStatus.SENT),
    CANCEL("cancel", Side.EITHER, EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS), ReferralStatus.CANCELLED),
    ACCEPT("accept", Side.PARTNER, EnumSet.of(ReferralStatus.SENT), ReferralStatus.ACCEPTED),
    DECLINE("decline", Side.PARTNER, EnumSet.of(ReferralStatus.SENT), ReferralStatus.DECLINED),
    START("start", Side.PARTNER, EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.IN_PROGRESS),
    COMPLETE("complete", Side.PARTNER, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS),
            ReferralStatus.COMPLETED),
    NO_SHOW("no-show", Side.PARTNER, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS),
            ReferralStatus.NO_SHOW),
    /** Only the scheduler: the answer delay passed. */
    EXPIRE("expire", Side.SYSTEM, EnumSet.of(ReferralStatus.SENT), ReferralStatus.EXPIRED);

    /** Who may give a command: the referring desk's agent, the target organisation, either, or the system. */
    public enum Side {
        DESK, PARTNER, EITHER, SYSTEM
    }

    private final String code;
    private final Side side;
    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    ReferralCommand(String code, Side side, Set<ReferralStatus> from, ReferralStatus to) {
        this.code = code;
        this.side = side;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    public ReferralStatus to() {
        return to;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /**
     * Whether this side may give the command from this state. The desk cancels a sent referral only before
     * the partner answers; once accepted, either side may cancel (the person withdrew, say).
     */
    public boolean allowedFor(Side caller, ReferralStatus status) {
        if (!allowedFrom(status)) {
            return false;
        }
        if (this == CANCEL && caller == Side.PARTNER) {
            return status == ReferralStatus.ACCEPTED || status == ReferralStatus.IN_PROGRESS;
        }
        // EITHER means the desk or the partner, never the system.
        return side == caller || side == Side.EITHER && caller != Side.SYSTEM;
    }

    /** The verbs this side may use from this state (what a 409 lists). */
    public static List<String> allowed(Side caller, ReferralStatus status) {
        return java.util.Arrays.stream(values()).filter(c -> c.allowedFor(caller, status)).map(Coded::code).toList();
    }

    /** The command named in a path segment, if any. */
    public static java.util.Optional<ReferralCommand> of(String code) {
        return java.util.Optional.ofNullable(BY_CODE.get(code));
    }

    private static final Map<String, ReferralCommand> BY_CODE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ReferralCommand::code, c -> c));
}
