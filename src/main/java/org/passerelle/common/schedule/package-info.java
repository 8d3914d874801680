/**
 * Scheduled jobs that run once across replicas: a lease row per job in the database (docs/decisions/0017).
 * <p>May import: nothing of Passerelle's own.
 */
package org.passerelle.common.schedule;
