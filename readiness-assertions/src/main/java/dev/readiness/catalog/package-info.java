/** The catalogue of every shipped check, by id. */
package dev.readiness.catalog;
