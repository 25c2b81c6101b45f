package org.dutyboard.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every {@code @QuarkusTest} shares one embedded PostgreSQL per Quarkus start. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class DatabaseTestResource {}
