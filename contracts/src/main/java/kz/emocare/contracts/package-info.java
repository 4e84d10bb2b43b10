/**
 * What crosses a boundary of the hub: the types the hub's ports speak, the contracts of the external systems and
 * their simulators. Nothing here depends on the hub.
 */
package kz.emocare.contracts;
