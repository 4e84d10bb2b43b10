package kz.emocare.contracts.testing;

import java.util.List;

/** Checks exchanges with one system against its contract. */
interface ContractCheck {

    /** Problems of the request (the client's). */
    List<String> requestProblems(Exchange exchange);

    /** Problems of the answer (the simulator's). */
    List<String> responseProblems(Exchange exchange);
}
