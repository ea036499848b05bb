package io.spotcheck.register;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.spotcheck.boot.SpotcheckApplication;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole service on a register of its own (in-memory H2), "today" fixed at 2026-11-30 (a Monday; 2026 is in the shipped rest-day calendar, so no test here depends on a later year's line) and users bound
 * to districts: ann and amy (浦东新区), bob (黄浦区), muni (the municipal bureau), audrey (auditor), admin, pat
 * (planner). Each test uses case references of its own, so tests never see each other's cases by name.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("register-service")
@SpringBootTest(classes = SpotcheckApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:register-test;DB_CLOSE_DELAY=-1",
        "spotcheck.today=2026-11-30",
        "spotcheck.users=ann:pw:OFFICER@浦东新区;amy:pw:OFFICER@浦东新区;bob:pw:OFFICER@黄浦区;muni:pw:OFFICER;"
                + "audrey:pw:AUDITOR;admin:pw:ADMIN;pat:pw:PLANNER"})
public abstract class RegisterWebTest {

    public static final String HEADER = "report_no,uscc,name,district,role,credit_risk,industry_leader,category_code,"
            + "level,result,checked_on,lab_id,failed_items,opened_on\n";

    @Autowired
    protected WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    protected ResultActions as(String user, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> r)
            throws Exception {
        return mvc.perform(r.with(httpBasic(user, "pw")));
    }

    protected ResultActions importResults(String user, String csv) throws Exception {
        return as(user, multipart("/api/v1/results").file(new MockMultipartFile("results.csv", "results.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    protected ResultActions event(String user, String caseRef, String json) throws Exception {
        return as(user, post("/api/v1/cases/{ref}/events", caseRef).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    protected ResultActions caseAsOf(String user, String caseRef, String asOf) throws Exception {
        return as(user, get("/api/v1/cases/{ref}", caseRef).param("asOf", asOf));
    }

    /** A failed kettle of a Pudong producer, checked on {@code checkedOn}, reaching the bureau on {@code openedOn}. */
    public static String failedKettle(String reportNo, String uscc, String district, String checkedOn, String openedOn) {
        return reportNo + "," + uscc + ",上海某某电器有限公司," + district + ",PRODUCER,C,false,C0421,MUNICIPAL,FAIL,"
                + checkedOn + ",SQI,泄漏电流|GB 4706.1-2005|Y," + openedOn + "\n";
    }

    public static final String PUDONG_USCC = "91310115MA1K3YJ574";

    /** A valid USCC of its own for each {@code n} (a Pudong registration, digits only). */
    public static String uscc(int n) {
        String first = String.format("913101150000%05d", n);
        return first + io.spotcheck.casefile.Uscc.checkCharacter(first);
    }
}
