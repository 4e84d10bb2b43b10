/**
 * The school system's contract (Kundelik-style): plain OAuth2 at {@code /oauth2}, a REST API under {@code /v2} with
 * the token in the {@code Access-Token} header. The OpenAPI document is {@value SchoolSystemApi#OPENAPI_RESOURCE} on
 * the classpath; the records here are what the hub's routes read.
 */
package kz.emocare.contracts.school;
