package kz.emocare.contracts.geo;

/**
 * The seventeen regions of Kazakhstan and its three cities of republican significance (Astana, Almaty, Shymkent), as
 * the school system, the national registry and the reports name them.
 */
public enum Region {
    ABAI,
    AKMOLA,
    AKTOBE,
    ALMATY_REGION,
    ATYRAU,
    EAST_KAZAKHSTAN,
    JAMBYL,
    JETISU,
    WEST_KAZAKHSTAN,
    KARAGANDA,
    KOSTANAY,
    KYZYLORDA,
    MANGYSTAU,
    PAVLODAR,
    NORTH_KAZAKHSTAN,
    TURKISTAN,
    ULYTAU,
    ASTANA,
    ALMATY,
    SHYMKENT
}
