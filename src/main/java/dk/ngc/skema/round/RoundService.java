package dk.ngc.skema.round;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import dk.ngc.skema.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Rounds and their phases. Only this service changes a round: NGC plans, opens and closes rounds;
 * the feature that runs a later phase (the assessment, the qualification, the decision) asks for the
 * move here, and the round's own rule ({@link RoundState#mayMoveTo}) decides. Every move is published
 * as a {@link RoundPhaseChanged}.
 */
@Service
public class RoundService {

    /** The form that nominations of a new round fill in. */
    public static final String DEFAULT_NOMINATION_FORM = "nomination-round-2";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The round's name column (nomination_round.name). */
    static final int NAME_MAX_LENGTH = 255;

    private final RoundRepository rounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundRepository rounds, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoundInfo> rounds() {
        currentUser.require();
        return rounds.findAllByOrderByNominationOpensAtDesc().stream().map(Round::toInfo).toList();
    }

    /** Rounds that accept nominations right now. */
    @Transactional(readOnly = true)
    public List<RoundInfo> openRounds() {
        currentUser.require();
        Instant now = clock.instant();
        return rounds.findAllByOrderByNominationOpensAtDesc().stream().map(Round::toInfo)
                .filter(round -> round.acceptsNominationsAt(now)).toList();
    }

    @Transactional(readOnly = true)
    public RoundInfo round(long id) {
        currentUser.require();
        return find(id).toInfo();
    }

    /**
     * NGC plans a new round: code (receipt prefix, e.g. "R3"), name, nomination window and A threshold
     * (0 < t ≤ 100 %). It starts as planned and is opened with {@link #setNominationPhase}.
     */
    @Transactional
    public RoundInfo createRound(String code, String name, Instant opens, Instant closes, BigDecimal thresholdPercent) {
        currentUser.require(Role.NGC);
        validate(code, name, opens, closes, thresholdPercent);
        return rounds.save(new Round(code, name.strip(), DEFAULT_NOMINATION_FORM, opens, closes, thresholdPercent, RoundState.PLANNED)).toInfo();
    }

    /**
     * NGC records a round that was run before the platform (round 1 on paper): assessed, with the figures
     * reported then (nominations received, picked for qualification, consolidated groups).
     */
    @Transactional
    public RoundInfo recordEarlierRound(String code, String name, Instant opens, Instant closes, RoundInfo.ReportedFigures figures) {
        currentUser.require(Role.NGC);
        validate(code, name, opens, closes, new BigDecimal("50.00"));
        var round = new Round(code, name.strip(), DEFAULT_NOMINATION_FORM, opens, closes, new BigDecimal("50.00"), RoundState.ASSESSED);
        round.reportFigures(figures.nominations(), figures.qualified(), figures.groups());
        return rounds.save(round).toInfo();
    }

    /** Rounds by id, for lists that show many nominations (one query). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, RoundInfo> byIds(java.util.Collection<Long> ids) {
        currentUser.require();
        return rounds.findAllById(ids).stream().map(Round::toInfo)
                .collect(java.util.stream.Collectors.toMap(RoundInfo::id, round -> round));
    }

    /** The round with this code, if there is one (demo data and imports look rounds up by code). */
    @Transactional(readOnly = true)
    public java.util.Optional<RoundInfo> byCode(String code) {
        currentUser.require();
        return rounds.findByCode(code).map(Round::toInfo);
    }

    /**
     * NGC plans, opens or closes a round for nominations. The later phases are reached only through the
     * features that run them, which check their own rules; once there, the round cannot be moved back here.
     */
    @Transactional
    public RoundInfo setNominationPhase(long id, RoundState state) {
        currentUser.require(Role.NGC);
        Round round = find(id);
        if (!RoundState.NOMINATION_PHASES.contains(state)) {
            throw new Refusal("round.error.assessmentState");
        }
        if (round.toInfo().isAssessing()) {
            throw new Refusal("nomination.error.assessmentStarted", round.getName());
        }
        return move(round, state);
    }

    /** The assessment begins (asked by the assessment feature, which checks its own rules first). */
    @Transactional
    public RoundInfo beginAssessment(long id) {
        currentUser.require(Role.NGC);
        return move(find(id), RoundState.IN_ASSESSMENT);
    }

    /** The assessment is closed and its results stand (asked by the assessment feature). */
    @Transactional
    public RoundInfo completeAssessment(long id) {
        currentUser.require(Role.NGC);
        return move(find(id), RoundState.ASSESSED);
    }

    /**
     * The qualification begins: NGC sent the round's draft consolidation to the societies (asked by the qualification
     * feature). A round already in qualification or later stays where it is.
     */
    @Transactional
    public RoundInfo beginQualification(long id) {
        currentUser.require(Role.NGC);
        Round round = find(id);
        if (round.toInfo().state().ordinal() >= RoundState.IN_QUALIFICATION.ordinal()) {
            return round.toInfo();
        }
        return move(round, RoundState.IN_QUALIFICATION);
    }

    /**
     * The decision begins: NGC released the case presentation to the steering group (asked by the qualification
     * feature). An assessed round whose qualification was never sent passes through the qualification; a round already
     * in decision or decided stays where it is.
     */
    @Transactional
    public RoundInfo beginDecision(long id) {
        currentUser.require(Role.NGC);
        Round round = find(id);
        RoundState state = round.toInfo().state();
        if (state.ordinal() >= RoundState.IN_DECISION.ordinal()) {
            return round.toInfo();
        }
        if (state == RoundState.ASSESSED) {
            move(round, RoundState.IN_QUALIFICATION);
        }
        return move(round, RoundState.IN_DECISION);
    }

    /** Every group of the round has its decision (asked by the decision feature). A decided round stays decided. */
    @Transactional
    public RoundInfo completeDecision(long id) {
        currentUser.require(Role.NGC);
        Round round = find(id);
        if (round.toInfo().state() == RoundState.DECIDED) {
            return round.toInfo();
        }
        return move(round, RoundState.DECIDED);
    }

    /**
     * The next receipt number of the round (R2-001, R2-002, ...), given in submission order. The round row
     * is locked until the submitting transaction ends, so two submissions never share a number. Asked for by
     * the nomination feature when region or LVS staff submit.
     */
    @Transactional
    public String nextReceiptNumber(long roundId) {
        currentUser.require(Role.REGION, Role.LVS);
        return rounds.findForUpdate(roundId).orElseThrow(() -> new Refusal("round.error.noSuchRound")).nextReceiptNumber();
    }

    private RoundInfo move(Round round, RoundState next) {
        SkemaUser user = currentUser.require();
        RoundState previous = round.moveTo(next);
        events.publishEvent(new RoundPhaseChanged(round.getId(), round.getCode(), previous, next, user.username()));
        return round.toInfo();
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new Refusal("round.error.noSuchRound"));
    }

    private void validate(String code, String name, Instant opens, Instant closes, BigDecimal thresholdPercent) {
        if (code == null || !code.matches("[A-Z0-9]{1,8}")) {
            throw new Refusal("round.error.code");
        }
        if (name == null || name.isBlank()) {
            throw new Refusal("round.error.name");
        }
        if (name.strip().codePointCount(0, name.strip().length()) > NAME_MAX_LENGTH) {
            throw new Refusal("round.error.nameTooLong", NAME_MAX_LENGTH);
        }
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new Refusal("round.error.window");
        }
        if (thresholdPercent == null || thresholdPercent.signum() <= 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
            throw new Refusal("round.error.threshold");
        }
        // The column keeps two decimals; more would be rounded without a word.
        if (thresholdPercent.stripTrailingZeros().scale() > 2) {
            throw new Refusal("round.error.thresholdDecimals");
        }
        if (rounds.findByCode(code).isPresent()) {
            throw new Refusal("round.error.codeTaken", code);
        }
    }
}
