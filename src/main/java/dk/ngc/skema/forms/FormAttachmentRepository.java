package dk.ngc.skema.forms;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormAttachmentRepository extends JpaRepository<FormAttachment, Long> {
}
