package dk.ngc.skema.forms;

import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.base.audit.AuditActor;
import dk.ngc.skema.forms.export.ResponsePdf;
import dk.ngc.skema.forms.export.ResponseBook;
import dk.ngc.skema.forms.export.ResponseTable;
import dk.ngc.skema.forms.export.ResponsesCsv;
import dk.ngc.skema.forms.export.ResponsesXlsx;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.DefinitionProblem;
import dk.ngc.skema.forms.definition.DefinitionValidator;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.ResponseValidator;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Form definitions, their versions and the responses to them. Every method checks who may do it:
 * NGC designs and publishes forms and reads every response; a respondent fills in the forms their
 * roles allow and sees their own responses.
 */
@Service
public class FormService {

    private final FormRepository forms;
    private final FormVersionRepository versions;
    private final FormResponseRepository responses;
    private final FormAttachmentRepository attachments;
    private final CurrentUser currentUser;
    private final OrganisationNames organisationNames;
    /** Looked up lazily: the features that implement a policy depend on this service themselves. */
    private final org.springframework.beans.factory.ObjectProvider<ResponseAccessPolicy> accessPolicies;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<OptionSource> optionSources;
    /** Parsed definitions by version id (see {@link #definition(FormVersion)}); immutable, so shared between requests. */
    private final java.util.Map<Long, ParsedDefinition> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    FormService(FormRepository forms, FormVersionRepository versions, FormResponseRepository responses,
                FormAttachmentRepository attachments, CurrentUser currentUser, OrganisationNames organisationNames,
                org.springframework.beans.factory.ObjectProvider<ResponseAccessPolicy> accessPolicies,
                org.springframework.context.ApplicationEventPublisher events, Clock clock,
                org.springframework.beans.factory.ObjectProvider<OptionSource> optionSources) {
        this.optionSources = optionSources;
        this.organisationNames = organisationNames;
        this.accessPolicies = accessPolicies;
        this.events = events;
        this.attachments = attachments;
        this.forms = forms;
        this.versions = versions;
        this.responses = responses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- definitions (NGC)

    /** Every version of every form, newest first per form. */
    @Transactional(readOnly = true)
    public List<FormVersionInfo> allVersions() {
        currentUser.require(Role.NGC);
        return infos(versions.findAllByOrderByFormKeyAscNumberDesc());
    }

    @Transactional(readOnly = true)
    public FormVersionDocument version(long versionId) {
        SkemaUser user = currentUser.require();
        FormVersion version = findVersion(versionId);
        if (!user.hasRole(Role.NGC) && (version.getStatus() == FormVersionStatus.DRAFT || !mayRespond(user, version.getForm()))) {
            throw new AccessDeniedException(user.username() + " may not read form version " + versionId);
        }
        return document(version);
    }

    /** The newest published version of a form, for starting a response. */
    @Transactional(readOnly = true)
    public FormVersionDocument publishedVersion(String formKey) {
        currentUser.require();
        FormVersion version = versions.findFirstByFormKeyAndStatusOrderByNumberDesc(formKey, FormVersionStatus.PUBLISHED)
                .orElseThrow(() -> new Refusal("forms.error.noPublishedVersion", formKey));
        return version(version.getId());
    }

    /** Published forms the current user may fill in. */
    @Transactional(readOnly = true)
    public List<FormVersionInfo> formsICanFillIn() {
        SkemaUser user = currentUser.require();
        return infos(versions.findAllByOrderByFormKeyAscNumberDesc().stream()
                .filter(version -> version.getStatus() == FormVersionStatus.PUBLISHED)
                .filter(version -> mayRespond(user, version.getForm()))
                .toList());
    }

    /** A new draft version copied from an existing version of the same form. */
    @Transactional
    public FormVersionInfo newDraftFrom(long versionId) {
        SkemaUser user = currentUser.require(Role.NGC);
        FormVersion source = findVersion(versionId);
        int number = versions.findFirstByFormOrderByNumberDesc(source.getForm()).map(FormVersion::getNumber).orElse(0) + 1;
        FormDefinition definition = FormJson.readDefinition(source.getDocument()).withVersion(number);
        var draft = new FormVersion(source.getForm(), number, source.getTitleDa(), source.getTitleEn(),
                FormJson.writeDefinition(definition), clock.instant(), user.username());
        return info(versions.save(draft));
    }

    /** Saves a draft version's definition after validating it; refuses with the problems found. */
    @Transactional
    public FormVersionDocument saveDraftVersion(long versionId, FormDefinition definition, long expectedLockVersion) {
        currentUser.require(Role.NGC);
        FormVersion version = findVersion(versionId);
        if (version.getLockVersion() != expectedLockVersion) {
            throw new ConcurrentEditException(version.getCreatedBy());
        }
        FormDefinition numbered = definition.withVersion(version.getNumber());
        if (!numbered.key().equals(version.getForm().getKey())) {
            throw new Refusal("forms.error.keyChanged", version.getForm().getKey());
        }
        if (numbered.title() == null) {
            throw new Refusal("forms.error.titleMissing");
        }
        refuseIfInvalid(numbered);
        version.replaceDocument(numbered.title().da(), numbered.title().en(), FormJson.writeDefinition(numbered));
        versions.flush();
        return document(version);
    }

    /** Publishes a draft; the previously published version of the form is retired, its responses untouched. */
    @Transactional
    public FormVersionInfo publish(long versionId) {
        SkemaUser user = currentUser.require(Role.NGC);
        return info(publishAs(findVersion(versionId), user.username()));
    }

    private FormVersion publishAs(FormVersion version, String username) {
        refuseIfInvalid(FormJson.readDefinition(version.getDocument()));
        versions.findByFormOrderByNumberDesc(version.getForm()).forEach(FormVersion::retire);
        version.publish(clock.instant(), username);
        return version;
    }

    /** The definition as a JSON document (for backup, review or moving between installations). */
    @Transactional(readOnly = true)
    public String exportDefinition(long versionId) {
        currentUser.require(Role.NGC);
        return findVersion(versionId).getDocument();
    }

    /**
     * Imports a JSON definition as a new draft version: of the existing form with the same key, or
     * of a new form. Invalid JSON or an invalid definition is refused and nothing is saved.
     */
    @Transactional
    public FormVersionInfo importDefinition(String json) {
        SkemaUser user = currentUser.require(Role.NGC);
        FormDefinition definition;
        try {
            definition = FormJson.readDefinition(json);
        } catch (RuntimeException e) {
            throw new Refusal("forms.error.invalidJson", FormJson.firstLine(e.getMessage()));
        }
        refuseIfInvalid(definition);
        return info(createVersion(definition, Set.of(), user.username()));
    }

    private FormVersion createVersion(FormDefinition definition, Collection<String> respondentRolesForNewForm, String username) {
        Form form = forms.findByKey(definition.key()).orElseGet(() -> {
            var created = new Form(definition.key(), clock.instant());
            created.setRespondentRoles(respondentRolesForNewForm);
            return forms.save(created);
        });
        int number = versions.findFirstByFormOrderByNumberDesc(form).map(FormVersion::getNumber).orElse(0) + 1;
        FormDefinition numbered = definition.withVersion(number);
        return versions.save(new FormVersion(form, number, numbered.title().da(), numbered.title().en(),
                FormJson.writeDefinition(numbered), clock.instant(), username));
    }

    /**
     * Loads a seeded definition: creates and publishes a new version only when no version of the form
     * ever had this document, so starting again changes nothing, and versions NGC made in the
     * designer are not overridden by an unchanged seed file. Returns the id of the matching version.
     * Package-private and without a role check: only {@link FormSeeder} calls it, at start, before anybody logs in.
     */
    @Transactional
    long seed(FormDefinition definition, Collection<String> respondentRoles) {
        return AuditActor.callAs(AuditActor.SYSTEM, () -> {
            String seeded = FormJson.writeDefinition(definition.withVersion(null));
            var existing = forms.findByKey(definition.key());
            if (existing.isPresent()) {
                existing.get().setRespondentRoles(respondentRoles);
                for (FormVersion version : versions.findByFormOrderByNumberDesc(existing.get())) {
                    String stored = FormJson.writeDefinition(FormJson.readDefinition(version.getDocument()).withVersion(null));
                    if (stored.equals(seeded)) {
                        return version.getId();
                    }
                }
            }
            FormVersion version = createVersion(definition, respondentRoles, AuditActor.SYSTEM);
            return publishAs(version, AuditActor.SYSTEM).getId();
        });
    }

    /**
     * A version's definition as stored, without option sources filled in: enough where only keys and titles
     * matter (autosave, uploads). Parsed once per version and lock version: a published version never changes,
     * and a draft's lock version moves with every saved change.
     */
    private FormDefinition definition(FormVersion version) {
        long lockVersion = version.getLockVersion();
        ParsedDefinition cached = parsed.get(version.getId());
        if (cached == null || cached.lockVersion() != lockVersion) {
            cached = new ParsedDefinition(lockVersion, FormJson.readDefinition(version.getDocument()));
            parsed.put(version.getId(), cached);
        }
        return cached.definition();
    }

    /** A parsed definition and the lock version of the document it was read from. */
    private record ParsedDefinition(long lockVersion, FormDefinition definition) {
    }

    /**
     * A version's definition as responses are shown, checked and exported: with the current choices of
     * fields that name an option source filled in.
     */
    private FormDefinition responseDefinition(FormVersion version) {
        return definition(version).withOptionsFrom(this::options);
    }

    /** The current choices of an option source by name; none when no feature provides it. */
    private List<dk.ngc.skema.forms.definition.Option> options(String sourceName) {
        return optionSources.orderedStream().filter(source -> source.name().equals(sourceName)).findFirst()
                .map(OptionSource::options).orElse(List.of());
    }

    /** The definition with option sources filled in, for a preview of an unsaved definition in the designer. */
    public FormDefinition withCurrentOptions(FormDefinition definition) {
        return definition.withOptionsFrom(this::options);
    }

    private void refuseIfInvalid(FormDefinition definition) {
        List<DefinitionProblem> problems = DefinitionValidator.validate(definition);
        if (!problems.isEmpty()) {
            throw new DefinitionRefusedException(problems);
        }
    }

    // ---------------------------------------------------------------- responses

    /** Starts an empty draft of a published version that the current user's roles may fill in. */
    @Transactional
    public ResponseInfo startResponse(long versionId) {
        SkemaUser user = currentUser.require();
        FormVersion version = findVersion(versionId);
        if (version.getStatus() != FormVersionStatus.PUBLISHED) {
            throw new Refusal("forms.error.versionNotPublished");
        }
        if (!mayRespond(user, version.getForm())) {
            throw new AccessDeniedException(user.username() + " may not fill in " + version.getForm().getKey());
        }
        var response = new FormResponse(version, user.username(), FormJson.writeAnswers(Answers.empty()), clock.instant());
        return info(responses.save(response));
    }

    /**
     * Starts a draft of the newest published version of a form that another feature owns (e.g. a
     * nomination): that feature has already checked who may start it, and widens access through a
     * {@link ResponseAccessPolicy}. The current user becomes the owner.
     */
    @Transactional
    public ResponseInfo startManagedResponse(String formKey, Answers initialAnswers) {
        SkemaUser user = currentUser.require();
        FormVersion version = versions.findFirstByFormKeyAndStatusOrderByNumberDesc(formKey, FormVersionStatus.PUBLISHED)
                .orElseThrow(() -> new Refusal("forms.error.noPublishedVersion", formKey));
        FormDefinition definition = definition(version);
        var response = new FormResponse(version, user.username(), FormJson.writeAnswers(initialAnswers), clock.instant());
        response.saveDraft(FormJson.writeAnswers(initialAnswers), titleOf(definition, initialAnswers), clock.instant(), user.username());
        return info(responses.save(response));
    }

    /**
     * As {@link #startManagedResponse(String, Answers)}, of one given published version (e.g. the version a hearing
     * asks its invitees to fill in, which must not change under them when a newer one is published).
     */
    @Transactional
    public ResponseInfo startManagedResponse(long versionId, Answers initialAnswers) {
        SkemaUser user = currentUser.require();
        FormVersion version = findVersion(versionId);
        // A version retired by a newer one still takes responses from those asked to fill it in; a draft never does.
        if (version.getStatus() == FormVersionStatus.DRAFT) {
            throw new Refusal("forms.error.versionNotPublished");
        }
        FormDefinition definition = definition(version);
        refuseIfUnstorable(definition, initialAnswers);
        var response = new FormResponse(version, user.username(), FormJson.writeAnswers(initialAnswers), clock.instant());
        response.saveDraft(FormJson.writeAnswers(initialAnswers), titleOf(definition, initialAnswers), clock.instant(), user.username());
        return info(responses.save(response));
    }

    @Transactional(readOnly = true)
    public List<ResponseInfo> myResponses() {
        SkemaUser user = currentUser.require();
        return responses.findByOwnerUsernameOrderByUpdatedAtDesc(user.username()).stream().map(this::info).toList();
    }

    @Transactional(readOnly = true)
    public ResponseDocument response(long responseId) {
        SkemaUser user = currentUser.require();
        FormResponse response = readable(user, responseId);
        boolean editable = response.getStatus() == ResponseStatus.DRAFT && mayEdit(user, response);
        return new ResponseDocument(info(response), responseDefinition(response.getFormVersion()),
                FormJson.readAnswers(response.getAnswers()), response.getLockVersion(), editable);
    }

    /**
     * Autosave of a draft. Refused when someone saved after {@code expectedLockVersion} was read:
     * the caller keeps its answers and tells the user, nothing is overwritten silently.
     */
    @Transactional
    public long saveDraft(long responseId, Answers answers, long expectedLockVersion) {
        SkemaUser user = currentUser.require();
        FormResponse response = writable(user, responseId);
        if (response.getLockVersion() != expectedLockVersion) {
            throw new ConcurrentEditException(response.getUpdatedBy());
        }
        FormDefinition definition = definition(response.getFormVersion());
        refuseIfUnstorable(definition, answers);
        response.saveDraft(FormJson.writeAnswers(answers), titleOf(definition, answers), clock.instant(), user.username());
        responses.flush();
        events.publishEvent(new ResponseSaved(response.getId(), definition.key(), answers, user.username()));
        return response.getLockVersion();
    }

    /**
     * Even a draft keeps the definition's limits (lengths, whole numbers): a browser that let more through, or a
     * crafted request, is refused before anything is written, with the problems on their fields.
     */
    private static void refuseIfUnstorable(FormDefinition definition, Answers answers) {
        List<AnswerProblem> problems = ResponseValidator.storageProblems(definition, answers);
        if (!problems.isEmpty()) {
            throw new AnswersRefusedException(problems);
        }
    }

    /** Validates the whole response; submits and freezes it only when nothing is missing or wrong. */
    @Transactional
    public SubmitResult submit(long responseId, Answers answers, long expectedLockVersion) {
        SkemaUser user = currentUser.require();
        FormResponse response = writable(user, responseId);
        if (response.getLockVersion() != expectedLockVersion) {
            throw new ConcurrentEditException(response.getUpdatedBy());
        }
        FormDefinition definition = responseDefinition(response.getFormVersion());
        refuseIfUnstorable(definition, answers);
        List<AnswerProblem> problems = ResponseValidator.validate(definition, answers);
        if (problems.isEmpty()) {
            // Owning features may refuse (a passed deadline): then nothing at all changes.
            events.publishEvent(new ResponseSubmitting(response.getId(), definition.key(), answers, user.username()));
        }
        response.saveDraft(FormJson.writeAnswers(answers), titleOf(definition, answers), clock.instant(), user.username());
        events.publishEvent(new ResponseSaved(response.getId(), definition.key(), answers, user.username()));
        if (problems.isEmpty()) {
            response.submit(clock.instant(), user.username());
            events.publishEvent(new ResponseSubmitted(response.getId(), definition.key(), user.username()));
        }
        responses.flush();
        return new SubmitResult(problems.isEmpty(), problems, response.getLockVersion());
    }

    /** {@link #storeAttachment(long, String, String, String, FormAttachmentSource)} for bytes in memory. */
    @Transactional
    public java.util.Map<String, Object> storeAttachment(long responseId, String fieldPath, String fileName, String contentType, byte[] content) {
        return storeAttachment(responseId, fieldPath, fileName, contentType, FormAttachmentSource.of(content));
    }

    /**
     * Stores a file for a draft the current user may edit, checking the field's size limit and what the file really
     * is by its content ({@link FormAttachmentCheck}: empty files, programs, content that does not fit the name and
     * types the field does not allow are refused, each with its own message); returns the answer entry
     * {id, name, type, size, sha256} that the form keeps. {@code claimedType}, the browser's word, is not trusted:
     * the type stored and served on download is the detected one. The content is streamed (checksum and database)
     * and never held in memory whole.
     */
    @Transactional
    public java.util.Map<String, Object> storeAttachment(long responseId, String fieldPath, String fileName, String claimedType,
                                                         FormAttachmentSource content) {
        SkemaUser user = currentUser.require();
        FormResponse response = writable(user, responseId);
        FormDefinition definition = definition(response.getFormVersion());
        Field field = fileField(definition, fieldPath).orElseThrow(() -> new Refusal("forms.error.noSuchField", fieldPath));
        String name = fileName == null || fileName.isBlank() ? "fil" : fileName;
        String type = FormAttachmentCheck.check(field, name, content).toString();
        String safeName = name.replaceAll("[\\/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        long size = content.size();
        FormAttachment attachment;
        try (java.io.InputStream hashed = content.open(); java.io.InputStream stored = content.open()) {
            String sha256 = sha256(hashed);
            attachment = attachments.saveAndFlush(new FormAttachment(response.getId(), fieldPath, safeName, type,
                    org.hibernate.engine.jdbc.proxy.BlobProxy.generateProxy(stored, size), size, sha256, clock.instant(), user.username()));
        } catch (java.io.IOException e) {
            throw new Refusal("forms.error.uploadFailed", name);
        }
        var entry = new java.util.LinkedHashMap<String, Object>();
        entry.put("id", attachment.getId());
        entry.put("name", attachment.getFileName());
        entry.put("type", attachment.getContentType());
        entry.put("size", attachment.getSize());
        entry.put("sha256", attachment.getSha256());
        return entry;
    }

    private static final java.util.regex.Pattern ROW_STEP = java.util.regex.Pattern.compile("(.+)\\[[1-9]\\d*]");

    /**
     * The file field an upload path names: a top-level field ({@code protocol}) or a sub-field in a row of a
     * repeating group ({@code sites[2].consent}, nested as deep as the groups are); empty unless it is a file field.
     */
    static java.util.Optional<Field> fileField(FormDefinition definition, String fieldPath) {
        String[] steps = fieldPath.split("\\.", -1);
        Field field = null;
        for (int i = 0; i < steps.length; i++) {
            var row = ROW_STEP.matcher(steps[i]);
            boolean last = i == steps.length - 1;
            if (row.matches() == last) {
                return java.util.Optional.empty(); // a row step must lead on to a sub-field, and only a row step may
            }
            String key = last ? steps[i] : row.group(1);
            java.util.Optional<Field> next = field == null ? definition.field(key)
                    : field.subFields().stream().filter(sub -> key.equals(sub.key())).findFirst();
            if (next.isEmpty() || (!last && next.get().type() != FieldType.REPEATING_GROUP)) {
                return java.util.Optional.empty();
            }
            field = next.get();
        }
        return java.util.Optional.ofNullable(field).filter(found -> found.type() == FieldType.FILE);
    }

    /** An attachment of a response the current user may read. */
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long responseId, long attachmentId) {
        SkemaUser user = currentUser.require();
        readable(user, responseId);
        FormAttachment attachment = attachments.findById(attachmentId)
                .filter(found -> found.getResponseId() == responseId)
                .orElseThrow(() -> new AccessDeniedException("No attachment " + attachmentId));
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.readContent(), attachment.getSha256());
    }

    private static String sha256(java.io.InputStream content) throws java.io.IOException {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = content.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The response as a PDF document in the reader's language; {@code statusLabels} are the UI's
     * words for the statuses. Only someone who may read the response gets it.
     */
    @Transactional(readOnly = true)
    public byte[] responsePdf(long responseId, Locale locale, java.util.Map<ResponseStatus, String> statusLabels) {
        SkemaUser user = currentUser.require();
        return pdf(readable(user, responseId), user, locale, statusLabels, new java.util.HashMap<>(), organisationNames.namesByCode(locale));
    }

    private byte[] pdf(FormResponse response, SkemaUser user, Locale locale, java.util.Map<ResponseStatus, String> statusLabels,
                       java.util.Map<Long, FormDefinition> definitions, java.util.Map<String, String> names) {
        FormVersion version = response.getFormVersion();
        FormDefinition definition = definitions.computeIfAbsent(version.getId(), id -> responseDefinition(version));
        var meta = new ResponsePdf.Meta("en".equals(locale.getLanguage()) ? version.getTitleEn() : version.getTitleDa(),
                version.getNumber(), response.getTitle(), statusLabels.getOrDefault(response.getStatus(), response.getStatus().name()),
                response.getStatus() == ResponseStatus.SUBMITTED ? response.getUpdatedBy() : null, response.getSubmittedAt(),
                user.fullName());
        var out = new java.io.ByteArrayOutputStream();
        ResponsePdf.write(definition, FormJson.readAnswers(response.getAnswers()), meta, locale, names::get, out);
        return out.toByteArray();
    }

    /**
     * Several responses as one PDF ({@link ResponseBook}): a cover with a table of contents, then each response
     * from a new page, in the order given. Every response must be readable by the current user; the owning
     * feature decides who may ask for the book (e.g. NGC for a round's nominations).
     */
    @Transactional(readOnly = true)
    public byte[] responseBook(ResponseBook.Cover cover, List<BookEntry> entries, Locale locale,
                               java.util.Map<ResponseStatus, String> statusLabels) {
        SkemaUser user = currentUser.require();
        // Loaded once for the whole book, not per chapter.
        java.util.Map<Long, FormResponse> loaded = new java.util.HashMap<>();
        responses.findAllById(entries.stream().map(BookEntry::responseId).distinct().toList())
                .forEach(response -> loaded.put(response.getId(), response));
        requireAllReadable(user, loaded.values());
        java.util.Map<Long, FormDefinition> definitions = new java.util.HashMap<>();
        java.util.Map<String, String> names = organisationNames.namesByCode(locale);
        List<ResponseBook.Chapter> chapters = entries.stream()
                .map(entry -> new ResponseBook.Chapter(entry.tocCells(), entry.bookmark(),
                        pdf(found(loaded, entry.responseId()), user, locale, statusLabels, definitions, names)))
                .toList();
        return ResponseBook.bytes(cover, chapters, locale);
    }

    /** One response's place in a {@link #responseBook}: its row in the table of contents and its bookmark. */
    public record BookEntry(long responseId, List<String> tocCells, String bookmark) {
    }

    /** The answers of responses the current user may read, by response id (for lists such as an acknowledgement). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Answers> answersOf(Collection<Long> responseIds) {
        SkemaUser user = currentUser.require();
        java.util.Map<Long, Answers> answers = new java.util.LinkedHashMap<>();
        List<FormResponse> found = responses.findAllById(responseIds);
        requireAllReadable(user, found);
        for (FormResponse response : found) {
            answers.put(response.getId(), FormJson.readAnswers(response.getAnswers()));
        }
        return answers;
    }

    /** All responses to one version as CSV (UTF-8 with BOM for Excel), NGC only; columns per {@link ResponsesCsv}. */
    @Transactional(readOnly = true)
    public byte[] responsesCsv(long versionId) {
        currentUser.require(Role.NGC);
        var out = new java.io.ByteArrayOutputStream();
        ResponsesCsv.write(versionTable(versionId), out);
        return out.toByteArray();
    }

    /** All responses to one version as an Excel workbook, NGC only: the same columns as {@link #responsesCsv}. */
    @Transactional(readOnly = true)
    public byte[] responsesXlsx(long versionId) {
        currentUser.require(Role.NGC);
        FormVersion version = findVersion(versionId);
        return ResponsesXlsx.bytes(versionTable(versionId), version.getForm().getKey() + " v" + version.getNumber());
    }

    private ResponseTable versionTable(long versionId) {
        FormVersion version = findVersion(versionId);
        FormDefinition definition = responseDefinition(version);
        return ResponseTable.of(definition, responses.findByFormVersionIdOrderById(versionId).stream().map(FormService::row).toList());
    }

    /**
     * The given responses as one table in the given order, NGC only: the columns of {@link ResponsesCsv}; responses to
     * different versions of a form share the columns with the same name. The owning feature adds its own columns and
     * writes it as CSV ({@link ResponsesCsv}) or XLSX ({@link ResponsesXlsx}).
     */
    @Transactional(readOnly = true)
    public ResponseTable responsesTable(List<Long> responseIds) {
        currentUser.require(Role.NGC);
        java.util.Map<Long, List<FormResponse>> byVersion = new java.util.LinkedHashMap<>();
        responses.findAllById(responseIds).stream().sorted(java.util.Comparator.comparing(FormResponse::getId))
                .forEach(response -> byVersion.computeIfAbsent(response.getFormVersion().getId(), id -> new java.util.ArrayList<>()).add(response));
        if (byVersion.isEmpty()) {
            return new ResponseTable(ResponsesCsv.META_COLUMNS, Set.of(), List.of());
        }
        List<ResponseTable> tables = byVersion.values().stream().map(list -> ResponseTable.of(
                responseDefinition(list.getFirst().getFormVersion()), list.stream().map(FormService::row).toList())).toList();
        return ResponseTable.merge(tables).ordered(responseIds);
    }

    private static ResponsesCsv.Row row(FormResponse response) {
        return new ResponsesCsv.Row(response.getId(), response.getStatus().name(), response.getOwnerUsername(),
                response.getUpdatedAt(), response.getSubmittedAt(), FormJson.readAnswers(response.getAnswers()));
    }

    // ---------------------------------------------------------------- helpers

    private boolean mayEdit(SkemaUser user, FormResponse response) {
        return response.getOwnerUsername().equals(user.username())
                || accessPolicies.orderedStream().anyMatch(policy -> policy.mayEdit(user, response.getId()));
    }

    private FormResponse readable(SkemaUser user, long responseId) {
        return readable(user, responses.findById(responseId).orElseThrow(() -> new AccessDeniedException("No response " + responseId)));
    }

    /** A response from a batch loaded beforehand; a missing one is refused as {@link #readable(SkemaUser, long)} refuses it. */
    private static FormResponse found(java.util.Map<Long, FormResponse> loaded, long responseId) {
        FormResponse response = loaded.get(responseId);
        if (response == null) {
            throw new AccessDeniedException("No response " + responseId);
        }
        return response;
    }

    private FormResponse readable(SkemaUser user, FormResponse response) {
        long responseId = response.getId();
        if (!user.hasRole(Role.NGC) && !mayEdit(user, response)
                && accessPolicies.orderedStream().noneMatch(policy -> policy.mayRead(user, responseId))) {
            // Same answer as for a missing id, so guessing ids reveals nothing.
            throw new AccessDeniedException(user.username() + " may not read response " + responseId);
        }
        return response;
    }

    /**
     * Refuses unless the user may read every one of these responses, asking each access policy once for
     * the whole list (not once per response) — the same rule as {@link #readable(SkemaUser, FormResponse)}.
     */
    private void requireAllReadable(SkemaUser user, Collection<FormResponse> list) {
        if (user.hasRole(Role.NGC)) {
            return;
        }
        Set<Long> pending = new java.util.HashSet<>();
        list.stream().filter(response -> !response.getOwnerUsername().equals(user.username()))
                .forEach(response -> pending.add(response.getId()));
        for (var policy : accessPolicies.orderedStream().toList()) {
            if (pending.isEmpty()) {
                break;
            }
            pending.removeAll(policy.readableResponses(user, Set.copyOf(pending)));
        }
        if (!pending.isEmpty()) {
            throw new AccessDeniedException(user.username() + " may not read responses " + pending);
        }
    }

    private FormResponse writable(SkemaUser user, long responseId) {
        FormResponse response = responses.findById(responseId).orElseThrow(() -> new AccessDeniedException("No response " + responseId));
        if (!mayEdit(user, response)) {
            throw new AccessDeniedException(user.username() + " may not edit response " + responseId);
        }
        if (response.getStatus() != ResponseStatus.DRAFT) {
            throw new Refusal("forms.error.responseSubmitted");
        }
        return response;
    }

    private static boolean mayRespond(SkemaUser user, Form form) {
        return form.getRespondentRoles().stream().anyMatch(role -> Role.fromKey(role).map(user::hasRole).orElse(false));
    }

    /** The length of the column {@code form_response.title} in characters (MariaDB counts code points). */
    static final int TITLE_LENGTH = 500;

    /** The text cut to at most {@code max} characters, never inside a surrogate pair; the full answer stays in the JSON. */
    static String fitted(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** The first short-text field's answer names the response in lists (e.g. the patient group's title). */
    static @Nullable String titleOf(FormDefinition definition, Answers answers) {
        for (Section section : definition.sections()) {
            for (var field : section.fields()) {
                if (field.type() == FieldType.SHORT_TEXT) {
                    String title = answers.text(field.key()).orElse(null);
                    return title == null || title.isBlank() ? null : fitted(title, TITLE_LENGTH);
                }
            }
        }
        return null;
    }

    private FormVersion findVersion(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFound("forms.error.noSuchVersion", versionId));
    }

    private FormVersionDocument document(FormVersion version) {
        return new FormVersionDocument(info(version), FormJson.readDefinition(version.getDocument()), version.getLockVersion());
    }

    private FormVersionInfo info(FormVersion version) {
        return info(version, responses.countByFormVersionId(version.getId()));
    }

    /** Infos of many versions with one count query instead of one per version. */
    private List<FormVersionInfo> infos(List<FormVersion> list) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        responses.countPerVersion().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return list.stream().map(version -> info(version, counts.getOrDefault(version.getId(), 0L))).toList();
    }

    private FormVersionInfo info(FormVersion version, long responseCount) {
        return new FormVersionInfo(version.getId(), version.getForm().getKey(), version.getNumber(), version.getStatus(),
                version.getTitleDa(), version.getTitleEn(), version.getForm().getRespondentRoles(), version.getCreatedAt(),
                version.getCreatedBy(), version.getPublishedAt(), responseCount);
    }

    private ResponseInfo info(FormResponse response) {
        FormVersion version = response.getFormVersion();
        return new ResponseInfo(response.getId(), version.getId(), version.getForm().getKey(), version.getNumber(),
                version.getTitleDa(), version.getTitleEn(), response.getStatus(), response.getTitle(), response.getOwnerUsername(),
                response.getUpdatedAt(), response.getUpdatedBy(), response.getSubmittedAt());
    }
}
