/**
 * The ground of the ladder: what every feature shares and no feature owns, in sub-packages: problem+json
 * errors ({@code problem}), HTTP helpers ({@code http}), languages ({@code i18n}), pages ({@code paging}),
 * small shared API records ({@code api}), coded vocabularies and text keys ({@code text}), idempotent
 * creates ({@code idempotency}), contract conventions ({@code openapi}) and the scheduled jobs' lease
 * ({@code schedule}).
 * <p>May import: nothing of Passerelle's own: only the JDK, Quarkus and libraries.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common;
