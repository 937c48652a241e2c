package eu.remhub.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every integration test carries this, and nothing else that changes the context, so that all of
 * them share one running portal (one Spring context, one database, one plugin runtime) per test
 * JVM. The database is H2 unless the MySQL run sets {@code spring.datasource.url}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import(TestSupport.class)
public @interface PortalIntegrationTest {}
