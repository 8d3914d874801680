/**
 * The application class (the OpenAPI definition). The top of the ladder: it may import any package and none
 * imports it.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle;
