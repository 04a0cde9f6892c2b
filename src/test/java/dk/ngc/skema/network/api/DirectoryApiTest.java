package dk.ngc.skema.network.api;

import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.DirectoryTestData;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.security.SystemActor;
import dk.ngc.skema.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory as the regions' requisition systems read it through the API. */
class DirectoryApiTest extends ApiTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    SystemActor system;

    @Test
    void aSystemWithTheDirectoryScopeReadsTheIndicationsWithTheirCriteriaRequisitionAndWgsAndFindsOneByCode() throws Exception {
        IndicationRecord heart = system.callAsNgc(() -> directory.approve(DirectoryTestData.heartDraft("R1-06")));
        String token = token(DIRECTORY);

        var all = get("/api/v1/indications?group=R1-06", token);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"code\":\"" + heart.code() + "\"", "\"groupCode\":\"R1-06\"", "\"criteria\":{",
                "\"criteriaTextDa\":", "\"requisition\":[", "\"wgsPerYear\":{\"low\":" + heart.wgsPerYear().low());

        var one = get("/api/v1/indications/" + heart.code(), token);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"nameDa\":\"" + heart.nameDa() + "\"", "\"version\":" + heart.version());

        assertThat(get("/api/v1/indications/NGC-99.9", token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/indications?group=R1-99", token).body()).isEqualTo("[]");
    }

    @Test
    void withoutTheScopeOrATokenTheDirectoryIsClosed() throws Exception {
        assertThat(get("/api/v1/indications", token("profile")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/indications", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/releases", token("profile")).statusCode()).isEqualTo(403);
    }

    @Test
    void theReleasesAreListedAndAnUnknownReleaseIs404() throws Exception {
        String token = token(DIRECTORY);
        assertThat(get("/api/v1/releases", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/releases/999/indications", token).statusCode()).isEqualTo(404);
    }
}
