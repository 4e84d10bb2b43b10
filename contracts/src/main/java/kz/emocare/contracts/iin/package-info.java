/** The Kazakh individual identification number (IIN): parsing and the check-digit rule. */
package kz.emocare.contracts.iin;
