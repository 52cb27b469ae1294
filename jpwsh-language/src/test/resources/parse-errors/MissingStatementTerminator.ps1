using namespace System.IO System.Text
