package gov.fpf.demo;

/**
 * Demo data of one area beyond the case families (parties of each standing and tier, vettings, confidentiality
 * requests...): the embedded default runs every seeder after the demo cases, in {@link #order()}; the mysql profile
 * runs none. A seeder is idempotent (a restart with ./data keeps what it made) and marks what it makes as DEMO.
 */
public interface DemoSeeder {

    /** lower runs first; parties before what refers to them */
    default int order() {
        return 100;
    }

    void seed(String seaportOffice, String expressHubOffice);
}
