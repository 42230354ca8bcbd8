package uk.gov.local.sectorsupport.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every @QuarkusTest (restrictToAnnotatedClass = false). */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class TestDatabase {
}
