// DemoGenerator
