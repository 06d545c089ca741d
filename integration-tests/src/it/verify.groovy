// The build passed; check that each user project ran its handler test and that it passed (a project whose test
// was not compiled or found would pass the build too).
def projects = ['annotated-log4j', 'annotated-logback', 'functional-log4j', 'functional-logback']
projects.each { project ->
    def report = new File(basedir, "${project}/target/surefire-reports/TEST-com.example.OrderHandlerTest.xml")
    assert report.isFile() : "no surefire report for OrderHandlerTest in ${project}"
    def suite = report.text.find(/<testsuite [^>]*>/)
    assert suite =~ /tests="1"/ && suite =~ /failures="0"/ && suite =~ /errors="0"/ && suite =~ /skipped="0"/ : "${project}: ${suite}"
}
return true
