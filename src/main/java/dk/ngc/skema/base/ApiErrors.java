package dk.ngc.skema.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The one error handler of the API (the counterpart of the views' error handling): a system gets JSON with a status
 * it can act on, never the login page that an error dispatch would otherwise meet: 403 for a caller without the right,
 * 404 for what does not exist, 400 with the message key and the Danish text for a refusal, 500 with a reference that
 * the log holds for anything else.
 */
@RestControllerAdvice(basePackages = "dk.ngc.skema")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException denied) {
        log.info("API request refused: {}", denied.getMessage());
        return json(HttpStatus.FORBIDDEN, Map.of("error", "forbidden"));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound notFound) {
        return json(HttpStatus.NOT_FOUND, Map.of("error", notFound.messageKey(), "message", Messages.get(Locale.of("da"), notFound.messageKey(),
                notFound.arguments())));
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, String>> refused(Refusal refusal) {
        return json(HttpStatus.BAD_REQUEST, Map.of("error", refusal.messageKey(), "message", Messages.get(Locale.of("da"), refusal.messageKey(),
                refusal.arguments())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> failed(Exception failure) {
        String reference = UUID.randomUUID().toString();
        log.error("API request failed, reference {}", reference, failure);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, Map.of("error", "internal", "reference", reference));
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, Map<String, String> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
