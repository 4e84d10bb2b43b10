/** Security events other Emocare services (the auth-server) write into the hub's audit trail. */
package kz.emocare.contracts.audit;
