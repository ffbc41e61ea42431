// Batch input walking and mirror naming (src/cli/inputs.*, issue 7).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "cli/inputs.hpp"

using newsclean::cli::InputEntry;
using newsclean::cli::InputSpec;
using newsclean::cli::InputWalker;
using newsclean::cli::mirror_relative_name;
using newsclean::cli::replace_extension;

TEST_CASE("mirror names never climb out of the output directory", "[cli][inputs]") {
    CHECK(mirror_relative_name("a/b/page.html") == "a/b/page.html");
    CHECK(mirror_relative_name("./a//b/./page.html") == "a/b/page.html");
    CHECK(mirror_relative_name("../../top.html") == "top.html");
    CHECK(mirror_relative_name("a/../../../b/x.html") == "b/x.html");
    CHECK(mirror_relative_name("/srv/scrape/x.html") == "srv/scrape/x.html");
    CHECK(mirror_relative_name("..") == "_");
}

TEST_CASE("output names replace the page's extension, .gz included", "[cli][inputs]") {
    CHECK(replace_extension("a/b/page.html", ".json") == "a/b/page.json");
    CHECK(replace_extension("a/p2.html.gz", ".md") == "a/p2.md");
    CHECK(replace_extension("a/p2.GZ", ".json") == "a/p2.json");
    CHECK(replace_extension("dir.v2/page", ".json") == "dir.v2/page.json");
    CHECK(replace_extension(".hidden", ".json") == ".hidden.json");
}

namespace {

// A throwaway directory tree, removed at the end of the test.
struct TempTree {
    std::string root;
    TempTree() {
        char pattern[] = "/tmp/newsclean-inputs-XXXXXX";
        root = ::mkdtemp(pattern);
    }
    ~TempTree() { std::system(("rm -rf '" + root + "'").c_str()); }
    void file(const std::string& relative) { std::ofstream(root + "/" + relative) << "<p>x</p>\n"; }
    void dir(const std::string& relative) { ::mkdir((root + "/" + relative).c_str(), 0755); }
};

std::vector<InputEntry> walk(const InputSpec& spec) {
    InputWalker walker(spec);
    std::vector<InputEntry> out;
    while (auto entry = walker.next()) out.push_back(*entry);
    return out;
}

}  // namespace

TEST_CASE("the walk is depth-first in byte order and reports a symlink loop once", "[cli][inputs]") {
    TempTree t;
    t.dir("a"), t.dir("a/b"), t.dir("c");
    t.file("a/b/z.html"), t.file("a/y.html"), t.file("c/x.txt"), t.file("B.html");
    REQUIRE(::symlink("..", (t.root + "/a/b/loop").c_str()) == 0);
    InputSpec spec;
    spec.paths = {t.root};
    const auto entries = walk(spec);
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].path == t.root + "/B.html");
    CHECK(entries[1].path == t.root + "/a/b/loop");
    CHECK(entries[1].loop);
    CHECK(entries[2].path == t.root + "/a/b/z.html");
    CHECK(entries[3].path == t.root + "/a/y.html");
    CHECK(entries[4].path == t.root + "/c/x.txt");
    CHECK(entries[4].error.empty());
}

TEST_CASE("globs include by name and prune excluded folders, named files bypass them", "[cli][inputs]") {
    TempTree t;
    t.dir("keep"), t.dir("skip");
    t.file("keep/a.html"), t.file("keep/a.txt"), t.file("skip/b.html"), t.file("c.txt");
    InputSpec spec;
    spec.paths = {t.root, t.root + "/c.txt"};
    spec.globs = {"*.html", "!skip"};
    const auto entries = walk(spec);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].path == t.root + "/keep/a.html");
    CHECK(entries[1].path == t.root + "/c.txt");
}
