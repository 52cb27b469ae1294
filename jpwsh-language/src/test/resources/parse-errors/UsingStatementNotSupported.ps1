using namespace IO = System.IO
