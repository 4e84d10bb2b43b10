/** How errors of the REST API become RFC 9457 problem details, and the OpenAPI description of the API. */
package kz.emocare.hub.platform.web;
