/** Authentication checks: logging in, protected endpoints, refresh-token rotation and default credentials. */
package dev.readiness.auth;
