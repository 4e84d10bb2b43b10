/**
 * The content platform's contract (BilimLand-style): a lesson catalogue read through an incremental change feed, and
 * lesson completions reported back. The OpenAPI document is {@value ContentPlatformApi#OPENAPI_RESOURCE}.
 */
package kz.emocare.contracts.content;
