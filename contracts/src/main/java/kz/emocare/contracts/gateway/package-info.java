/**
 * The national gateway's contract (eGov SHEP-style SendMessage over SOAP 1.1): names, service ids, status and error
 * codes. The generated JAX-WS/JAXB types live in the sub-packages {@code service}, {@code types} and {@code data}.
 */
package kz.emocare.contracts.gateway;
