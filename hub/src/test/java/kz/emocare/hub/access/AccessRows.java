package kz.emocare.hub.access;

import java.util.List;

/** A feature's rows of the role matrix; list the class in {@link AccessMatrixTest#FEATURES}. */
interface AccessRows {

    List<Row> rows();
}
