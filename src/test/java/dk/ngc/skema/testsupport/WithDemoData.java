package dk.ngc.skema.testsupport;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test's context starts with the demo data of demo/ (rounds R1, R2 and S1, nominations, an assessment,
 * the pilot's delimitation), as the default run does; tests without it start from an empty database. All
 * such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "skema.demo.enabled=true")
public @interface WithDemoData {
}
