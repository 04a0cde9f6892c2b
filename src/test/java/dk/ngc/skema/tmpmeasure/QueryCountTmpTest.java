package dk.ngc.skema.tmpmeasure;

import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.testsupport.ServiceTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QueryCountTmpTest extends ServiceTest {
    @Autowired OrganisationService organisations;
    @Autowired EntityManagerFactory emf;

    @Test
    void count() {
        for (String u : new String[]{"nina","rasmus","sofie","lars","karen","pia","rikke","william","mette","jens","svend","nanna"}) actAs(u);
        actAs("nina");
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        int n = organisations.allPersons().size();
        System.out.println("MEASURE allPersons persons=" + n + " statements=" + stats.getPrepareStatementCount());
    }
}
