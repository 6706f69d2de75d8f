# decl: the entry points people type. `make demo` and `make test` do all the set-up.
SHELL := /bin/bash
PREFIX ?= $(HOME)/.local
MVN ?= mvn
MVN_FLAGS ?= -q -B -ntp
JAR := cli/target/decl.jar
SOURCES := $(shell find pom.xml */pom.xml corpus/src/main cli/src/main testkit/src/main -type f 2>/dev/null)
CORPUS := examples/paris-2016/en.pdf examples/paris-2016/es.docx

# The Javas bin/decl may pick: the default one (the build's) and the launcher's own choice, the
# newest JDK it finds (a JDK 25 beside the default 17, say); an archive is trained for each.
ARCHIVES := cli/target/decl-archives.stamp
TRAIN_JAVAS = $$(realpath "$$(command -v java)") $$(DECL_PRINT_JAVA=1 bin/decl)

## build: the decl jar (cli/target/decl.jar) run by bin/decl, and its class-data archives
build: $(JAR) $(ARCHIVES)

$(JAR): $(SOURCES)
	$(MVN) $(MVN_FLAGS) -DskipTests -Dspotless.check.skip=true install
	@touch $(JAR)

## deps: system packages for the tests and benchmarks (fonts, poppler-utils, chromium), via apt-get
deps:
	@scripts/deps.sh

## corpus: the generated versions of the bundled corpus (en.pdf, es.docx)
corpus: $(CORPUS)

$(CORPUS) &: $(JAR) examples/sources/paris-2016/en.txt examples/sources/paris-2016/es.txt | deps
	@java -Dlog4j2.statusLoggerLevel=OFF -cp "testkit/target/classes:$$(cat testkit/target/classpath.txt)" \
	  org.decl.testkit.MakeCorpus examples

# Class-data sharing: the classes the common commands load and link, archived once for each
# Java so that every run starts faster (scripts/train.sh says how, and why this way). The launcher
# uses the archive of the Java it runs on; an archive that no longer matches the jar or the JVM is
# refused by the JVM without a word, and the run starts without it.
# TRAIN(jar): the archives are written beside the jar, named after it (decl-java17.jsa, …).
TRAIN = scripts/train.sh $(1) examples $(TRAIN_JAVAS)

$(ARCHIVES): $(JAR) $(CORPUS) bin/decl scripts/train.sh
	@$(call TRAIN,$(JAR))
	@touch $@

## demo: decl on the bundled corpus
demo: build corpus
	@scripts/demo.sh

## test: every test: unit and end-to-end in Maven, then the launcher from the shell
test: deps
	$(MVN) $(MVN_FLAGS) install
	@$(MAKE) --no-print-directory corpus
	@scripts/launcher-test.sh

## fuzz: a longer fuzz campaign than make test's (mutated documents, generated queries, in one JVM);
## FUZZ_SEED, FUZZ_FILES, FUZZ_QUERIES to change it; prints the counts by exit code
FUZZ_SEED ?= $(shell date +%s)
FUZZ_FILES ?= 3000
FUZZ_QUERIES ?= 30000
fuzz: | deps
	$(MVN) $(MVN_FLAGS) -pl cli -am test -Dspotless.check.skip=true -Dtest=FuzzTest \
	  -Dsurefire.failIfNoSpecifiedTests=false -Ddecl.fuzz.seed=$(FUZZ_SEED) \
	  -Ddecl.fuzz.files=$(FUZZ_FILES) -Ddecl.fuzz.queries=$(FUZZ_QUERIES)

## bench: the benchmarks; results as Markdown, the figures in docs/benchmarks.md come from here
bench: build | deps
	@bench/run.sh

## bench-start: start-up of the short commands against a Java hello world, on each JDK decl may
## run on (a few minutes); BENCH_BASELINE=other/bin/decl adds another build's figures
bench-start: build corpus
	@bench/start.sh

## install: decl on the PATH under $(PREFIX), with its man pages and bash, zsh and fish completion
MAN1 := $(PREFIX)/share/man/man1
BASH_COMPLETION := $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION := $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION := $(PREFIX)/share/fish/vendor_completions.d
install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/decl $(MAN1) $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)
	install -m 644 $(JAR) $(PREFIX)/share/decl/decl.jar
	install -m 755 bin/decl $(PREFIX)/bin/decl
	install -d $(PREFIX)/share/doc/decl
	install -m 644 docs/*.md $(PREFIX)/share/doc/decl/
	$(call TRAIN,$(PREFIX)/share/decl/decl.jar)
	$(PREFIX)/bin/decl generate-completion bash > $(BASH_COMPLETION)/decl
	$(PREFIX)/bin/decl generate-completion zsh > $(ZSH_COMPLETION)/_decl
	$(PREFIX)/bin/decl generate-completion fish > $(FISH_COMPLETION)/decl.fish
	$(PREFIX)/bin/decl generate-man-pages $(MAN1)
	@echo "decl installed in $(PREFIX)/bin, its manual in $(MAN1) (man decl), completion for bash,"
	@echo "zsh and fish in place (zsh: $(ZSH_COMPLETION) must be in \$$fpath; see docs/shell.md)."

uninstall:
	rm -f $(PREFIX)/bin/decl $(BASH_COMPLETION)/decl $(ZSH_COMPLETION)/_decl $(FISH_COMPLETION)/decl.fish
	rm -f $(MAN1)/decl.1 $(MAN1)/decl-*.1
	rm -rf $(PREFIX)/share/decl $(PREFIX)/share/doc/decl

## format: apply the project's Java formatting
format:
	$(MVN) $(MVN_FLAGS) spotless:apply

clean:
	$(MVN) $(MVN_FLAGS) clean
	rm -f $(CORPUS)
