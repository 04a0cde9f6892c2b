package dk.ngc.skema.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Notification works off the request thread: its event listeners ({@code @ApplicationModuleListener}) run
 * asynchronously after the publisher's commit, and {@link OutboxSender} mails on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationConfiguration {
}
