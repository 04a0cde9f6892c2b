package dk.ngc.skema.hearing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface HearingRepository extends JpaRepository<Hearing, Long> {
    List<Hearing> findAllByOrderByCreatedAtDesc();

    List<Hearing> findByState(HearingState state);
}

interface HearingDocumentRepository extends JpaRepository<HearingDocumentSnapshot, Long> {
}

interface HearingFileRepository extends JpaRepository<HearingFile, Long> {
}

interface HearingQuestionRepository extends JpaRepository<HearingQuestion, Long> {
    List<HearingQuestion> findByHearingIdOrderByPosition(Long hearingId);

    void deleteByHearingId(Long hearingId);
}

interface HearingRecipientRepository extends JpaRepository<HearingRecipient, Long> {
    List<HearingRecipient> findByHearingIdOrderById(Long hearingId);

    void deleteByHearingId(Long hearingId);
}

interface HearingInviteeRepository extends JpaRepository<HearingInvitee, Long> {
    List<HearingInvitee> findByHearingIdOrderByName(Long hearingId);

    List<HearingInvitee> findByHearingIdIn(Collection<Long> hearingIds);

    /** The invitees a person acts for: themselves, or one of their organisations. */
    @Query("select i from HearingInvitee i where i.username = :username or i.organisationCode in :codes")
    List<HearingInvitee> actedForBy(@Param("username") String username, @Param("codes") Collection<String> codes);

    /** The same, limited to some hearings (the bulk access check). */
    @Query("select i from HearingInvitee i where i.hearingId in :hearingIds and (i.username = :username or i.organisationCode in :codes)")
    List<HearingInvitee> actedForBy(@Param("username") String username, @Param("codes") Collection<String> codes,
                                    @Param("hearingIds") Collection<Long> hearingIds);

    /** Notes that these invitees' hearing was opened, the first time only. */
    @Modifying(clearAutomatically = true)
    @Query("update HearingInvitee i set i.openedAt = :now where i.id in :ids and i.openedAt is null")
    int markOpened(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    /** Claims the reminder of one invitee: 1 for the one node that wins, 0 for every other. */
    @Modifying(clearAutomatically = true)
    @Query("update HearingInvitee i set i.remindedAt = :now where i.id = :id and i.remindedAt is null")
    int claimReminder(@Param("id") Long id, @Param("now") Instant now);

    /** The invitation's delivery, without touching the version: it never conflicts with the invitee's answering. */
    @Modifying
    @Query("update HearingInvitee i set i.delivery = :state where i.id = :id")
    int recordDelivery(@Param("id") Long id, @Param("state") InviteeDelivery state);
}

interface HearingAnswerRepository extends JpaRepository<HearingAnswer, Long> {
    java.util.Optional<HearingAnswer> findByInviteeId(Long inviteeId);

    List<HearingAnswer> findByInviteeIdIn(Collection<Long> inviteeIds);

    java.util.Optional<HearingAnswer> findByQuestionsResponseId(Long responseId);

    List<HearingAnswer> findByQuestionsResponseIdIn(Collection<Long> responseIds);
}

interface HearingCommentRepository extends JpaRepository<HearingComment, Long> {
    List<HearingComment> findByAnswerIdOrderByPosition(Long answerId);

    List<HearingComment> findByAnswerIdInOrderByAnswerIdAscPositionAsc(Collection<Long> answerIds);
}
