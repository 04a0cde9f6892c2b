package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dk.ngc.skema.base.FileJob;
import org.jspecify.annotations.Nullable;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A button that has a file written off the request thread ({@link dk.ngc.skema.base.FileJobs}): while it is written,
 * a progress bar and the page stays usable (the browser polls); when done, a download link; when it fails, the
 * reason. The page's poll ends with the job or when the button leaves the page.
 */
public class FileJobButton extends Div {

    private static final int POLL_MILLIS = 400;

    private final Button button;
    private final ProgressBar progress = new ProgressBar(0, 100);
    private @Nullable Registration polling;

    /**
     * @param id         the button's id
     * @param downloadId the download link's id
     * @param readyKey   the link's text, with the file name as argument
     * @param start      starts the job (the service checks access)
     * @param progressOf reads the job's progress
     */
    public FileJobButton(String id, String downloadId, String label, String progressLabel, String readyKey, Supplier<UUID> start,
                         Function<UUID, FileJob> progressOf) {
        button = new Button(label, VaadinIcon.FILE_TEXT_O.create());
        button.setId(id);
        progress.setWidth("10rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", progressLabel);
        add(button, progress);
        button.addClickListener(click -> {
            button.setEnabled(false);
            progress.setVisible(true);
            UUID job = start.get();
            UI ui = UI.getCurrent();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                FileJob now = progressOf.apply(job);
                progress.setValue(now.percent());
                if (now.finished()) {
                    stopPolling(ui);
                    progress.setVisible(false);
                    button.setEnabled(true);
                    shown(now, downloadId, readyKey);
                }
            });
        });
    }

    private void shown(FileJob done, String downloadId, String readyKey) {
        byte[] content = done.content();
        String fileName = done.fileName();
        String type = done.contentType();
        if (done.stage() == FileJob.Stage.DONE && content != null && fileName != null && type != null) {
            add(Downloads.link(downloadId, getTranslation(readyKey, fileName), VaadinIcon.DOWNLOAD, () -> content, fileName, type));
        } else {
            Notification.show(getTranslation(done.failureKey() == null ? "base.error.fileFailed" : done.failureKey()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }
}
